# BaseException.add_note (3.11) appends to __notes__.
try:
    e = ValueError("x")
    e.add_note("a note")
    raise e
except ValueError as err:
    print(err.__notes__)
