# The attributes of codec errors: raised by bytes.decode/str.encode and built
# directly, with str() from them (one byte/char or a range), and the
# constructor's argument checks.
for data, enc in [(b"ab\xff", "utf-8"), (b"\x80", "ascii")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args)
for text, enc in [("aé", "ascii"), ("x\u1234\u1235y", "latin-1"), ("\U0001f600", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args)
e=UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'); print(str(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
e=UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)'); print(str(e)); print(str(UnicodeEncodeError('ascii', 'a\U0001f600b', 1, 3, 'r')))
print(str(UnicodeEncodeError('ascii', 'a\xffb', 1, 2, 'r')), str(UnicodeEncodeError('ascii', 'a\u1234b', 1, 2, 'r')))
print(repr(UnicodeEncodeError('ascii', 'é', 0, 1, 'nope')))
for f in [lambda: UnicodeDecodeError(), lambda: UnicodeDecodeError('utf-8', 'x', 0, 1, 'r')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
