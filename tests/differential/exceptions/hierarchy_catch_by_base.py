cases = [
    lambda: 1 / 0,
    lambda: [][1],
    lambda: {}["k"],
    lambda: int("x"),
    lambda: None + 1,
    lambda: undefined_name,
    lambda: (1).nope,
    lambda: 2.0 ** 10000,
    lambda: iter([]).__next__(),
]
for c in cases:
    try:
        c()
    except ArithmeticError as e:
        print("ArithmeticError <-", type(e).__name__)
    except LookupError as e:
        print("LookupError <-", type(e).__name__)
    except Exception as e:
        print("Exception <-", type(e).__name__)
checks = [(ZeroDivisionError(), ArithmeticError), (KeyError(), LookupError), (IndexError(), LookupError),
          (OverflowError(), ArithmeticError), (ValueError(), Exception), (Exception(), BaseException),
          (KeyboardInterrupt(), Exception), (SystemExit(), BaseException), (StopIteration(), Exception),
          (UnboundLocalError(), NameError), (NotImplementedError(), RuntimeError), (RecursionError(), RuntimeError),
          (AssertionError(), Exception), (True, int), (KeyError(), IndexError), (ValueError(), TypeError)]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))
