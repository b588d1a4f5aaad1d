"""Fails on its first import (after partly running), succeeds on the next."""
print("  [shop.flaky body runs]")
import shop
shop.flaky_attempts = getattr(shop, "flaky_attempts", 0) + 1
PARTIAL = "set before the failure"
if shop.flaky_attempts < 2:
    raise ValueError("flaky import failed on attempt %d" % shop.flaky_attempts)
OK = True
