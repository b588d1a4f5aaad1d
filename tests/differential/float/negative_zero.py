z = -0.0
print(z, repr(z), str(z), z == 0.0, 0.0 == z)
print(-0.0 + 0.0, 0.0 - 0.0, -0.0 - 0.0, 0.0 * -1, -0.0 * -1)
print(abs(-0.0), -(0.0), round(-0.4), round(-0.4, 1))
print(int(-0.0), float(-0), -0)
print(f"{-0.0}", "%.2f" % -0.0, format(-0.0, ".1f"), format(-0.0, "g"))
print(1 / float("inf") * -1)
print(max(-0.0, 0.0), min(0.0, -0.0))
