# A module whose body raises is not kept: the exception propagates from the
# import statement, and importing it again re-runs the body from the start;
# once it succeeds it is cached.
for attempt in range(3):
    try:
        import shop.flaky
        print("imported:", shop.flaky.OK, shop.flaky.PARTIAL, "attempts", shop.flaky_attempts)
    except ValueError as e:
        print(type(e).__name__, e)
from shop import flaky
print(flaky is shop.flaky)
try:
    from shop import no_such_module_or_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
