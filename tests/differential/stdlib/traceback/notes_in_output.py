# Notes added with add_note follow the exception line, one line each.
import traceback

e = ValueError("bad")
e.add_note("while loading config")
e.add_note("two\nlines")
try:
    raise e
except ValueError:
    print(traceback.format_exception_only(e))
    print(traceback.format_exc())
raise e
