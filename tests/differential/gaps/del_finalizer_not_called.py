# __del__ is never called: CPython runs it as soon as the last reference goes
# ('finalized' before 'after del'); Molt prints only 'after del'. Same root cause as
# abandoned_generator_finally.py (no finalization on drop).
class R:
    def __del__(self):
        print("finalized")
r = R()
del r
print("after del")
