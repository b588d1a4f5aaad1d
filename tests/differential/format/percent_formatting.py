print("%s and %s" % ("a", "b"), "%d items" % 5, "%5d|" % 42, "%-5d|" % 42, "%05d" % 42, "%+d" % 42, "% d" % 42)
print("%f" % 3.14159, "%.2f" % 3.14159, "%10.3f|" % 3.14159, "%-10.1f|" % 2.5, "%e" % 12345.678, "%.2E" % 0.000123, "%g" % 1e-5, "%g" % 123.0)
print("%x %X %o %#x %#o %08.3f" % (255, 255, 8, 255, 8, 3.14159))
print("%r %s" % ("q", "q"), "%r" % [1, "a"], "%s" % [1, "a"], "%s" % (("tuple",),))
print("100%%", "%d%%" % 50, "%c%c" % (72, "i"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 1.23456))
print("%s" % None, "%s" % True, "%d" % True, "%i" % -7, "%d" % 3.99, "%s" % 1.0, "%r" % 0.1)
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%d" % 2 ** 80, "%x" % 2 ** 80)
for fmt, args in [("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
