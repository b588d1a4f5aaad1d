# Toy RSA with big integers: key generation from fixed primes, encrypt/decrypt, signatures.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n


p = next_prime(2 ** 64 + 13)
q = next_prime(3 ** 41)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n =", n, "bits:", len(bin(n)) - 2)
print("d =", d)
print("e*d mod phi =", e * d % phi)


def encode(text):
    num = 0
    for byte in text.encode():
        num = num * 256 + byte
    return num


def decode(num):
    out = []
    while num:
        num, byte = divmod(num, 256)
        out.append(byte)
    return bytes(reversed(out)).decode()


for msg in ["hi", "Molt!", "big ints ok"]:
    m = encode(msg)
    c = pow(m, e, n)
    back = pow(c, d, n)
    print(repr(msg), m, c % 10 ** 12, decode(back))
sig = pow(encode("signed"), d, n)
print("signature verifies:", pow(sig, e, n) == encode("signed"))
print("tampered verifies:", pow(sig + 1, e, n) == encode("signed"))
print([n for n in range(90, 120) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(561))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
