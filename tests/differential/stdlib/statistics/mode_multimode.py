import statistics as st
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('abcab'))
print(st.mode([1, 2, 3]), st.mode([2, 1, 1, 2]), st.mode([1.0, 1, True]), st.mode([(1, 2), (1, 2), (3,)]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([3, 1, 2]), st.multimode(iter([1, 2, 2, 1, 3])))
try:
    st.mode([[1], [1]])
except TypeError as e:
    print(type(e).__name__, e)
