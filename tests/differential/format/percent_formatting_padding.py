items = [("widget", 4, 3.5), ("gadget", 10, 12.25), ("thing", 1, 100.0)]
print("%-10s %5s %10s" % ("item", "qty", "price"))
for name, q, p in items:
    print("%-10s %5d %10.2f" % (name, q, p))
print("%-10s %5d %10.2f" % ("total", sum(i[1] for i in items), sum(i[1] * i[2] for i in items)))
print("[%3s][%-3s][%03d][%.3d][%5.1s]" % ("a", "b", 7, 7, "xyz"))
print("%s|%5s|%-5s|" % ("", "", ""))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%e %E %.0e" % (0.0, 1e300, 5e-324))
print("%g %g %g %g %G" % (100000, 1000000, 0.0001, 0.00001, 1e-10))
