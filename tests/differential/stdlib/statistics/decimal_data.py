import statistics as st
from decimal import Decimal as D, localcontext
data = [D('0.1375'), D('0.2108'), D('0.3061'), D('0.0419')]
print(repr(st.mean(data)), repr(st.mean([D('1.5'), D('2.5')])), repr(st.mean([D(1), 2])), repr(st.median(data)), repr(st.mode(data)))
print(repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)))
print(repr(st.stdev([D(1), D(2), D(3), D(4)])), repr(st.pstdev([D(2), D(4), D(4), D(4), D(5), D(5), D(7), D(9)])), repr(st.stdev([D(1), D(3)])), repr(st.pstdev([D(5), D(5)])))
print(repr(st.harmonic_mean([D('2.5'), D(3)])), repr(st.harmonic_mean([D('2.5')])), repr(st.mean([D('inf'), D(1)])), repr(st.variance([D(1), D(2)], D('1.5'))))
print(repr(st.stdev([D('1.1'), D('2.2'), D('3.3'), D('4.4'), D('5.5')])), repr(st.pstdev([D('0.1'), D('0.2'), D('0.4')])))
with localcontext(prec=5):
    print(repr(st.mean([D(1), D(2), D(2)])), repr(st.stdev([D(1), D(2), D(4)])))
for i in range(2, 30):
    xs = [D(i), D(i * i), D(i + 7)]
    print(repr(st.stdev(xs)), repr(st.pstdev(xs)), end=' ')
print()
