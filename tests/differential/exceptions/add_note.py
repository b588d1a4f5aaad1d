# BaseException.add_note / __notes__ (new in 3.11) are missing:
# Molt: AttributeError: 'ValueError' object has no attribute 'add_note'. CPython: ['a note']
try:
    e = ValueError("x")
    e.add_note("a note")
    raise e
except ValueError as err:
    print(err.__notes__)
