for v in [0, 0.5, 0.123456, 1, 2.5, -0.075, 1e-5]:
    print(f"{v:%} {v:.0%} {v:.1%} {v:>10.2%}|")
ratio = 17 / 40
print(f"Completed: {ratio:.1%}")
print("{:.2%}".format(1 / 3))
