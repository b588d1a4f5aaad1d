from decimal import Decimal as D, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP
modes = [ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for v in ['2.345', '2.355', '-2.345', '2.3451', '2.30', '-0.001', '9.995']:
    print(v, [str(D(v).quantize(D('0.01'), rounding=m)) for m in modes])
print(D('3.14159').quantize(D('0.01')), D('3.145').quantize(D('0.01')), D('3').quantize(D('0.001')), D('1234.5').quantize(D('1E+2')), D('0').quantize(D('1e-5')))
for v in ['7.5', '8.5', '-7.5', '1.2E+3', '0.4']:
    print(v, D(v).to_integral_value(), D(v).to_integral_value(rounding=ROUND_FLOOR), D(v).to_integral(ROUND_UP))
print(D('1.2300').normalize(), D('0.00').normalize(), D('100').normalize(), D('-120E+2').normalize(), D('-0.000').normalize())
print(ROUND_HALF_EVEN, ROUND_05UP, D('1.23').adjusted(), D('123E+5').adjusted(), D('0.001').adjusted())
print(D('NaN').is_nan(), D('sNaN').is_snan(), D('NaN').is_qnan(), D('Inf').is_infinite(), D(0).is_zero(), D('-1').is_signed(), D(1).is_finite(), D('nan').is_finite())
print(D('1.5').copy_negate(), D('-2').copy_abs(), D(1).copy_sign(D(-3)), D(1).compare(D(2)), D(2).compare(1), D('1.0').compare(D(1)), D('nan').compare(1))
