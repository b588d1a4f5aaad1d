import binascii

for data in [b"", b"a", b"abc", b"\x00\x00\x00", b"hello world", bytes(range(45))]:
    line = binascii.b2a_uu(data)
    print(line, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(line) == data)
for line in [b"", "", b"#86)C\n", b"#86)C", b"#86)C  \n", "#86)C\r\n``", b"&86)C", b"\x7f", b" "]:
    print(repr(line), binascii.a2b_uu(line))
for line in [b"#86)Cx", b"#8~)C", 5]:
    try:
        binascii.a2b_uu(line)
    except binascii.Error as e:
        print("Error:", e)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(b"a" * 46,), ("x",), (b"abc", 5)]:
    try:
        binascii.b2a_uu(*args)
    except binascii.Error as e:
        print("Error:", e)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    binascii.a2b_uu(b"a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
