print(complex(), complex(1), complex(2.5), complex(1, 2), complex(1.5, -2), complex(True, False), complex(1j), complex(1j, 1j), complex(1, 1j), complex(1 + 2j, 3 + 4j))
for s in ['1+2j', ' (3-4j) ', 'j', '-j', '+J', '1e3j', '2', '-2.5', 'inf+nanj', '-infj', '1_000+2_0j', '.5-.5j', '1E-2+3E+2j', '( 1 )']:
    print(repr(s), complex(s))
for a in [('x',), ('1+',), ('1+2',), ('j1',), ('',), ('()',), ('1 + 2j',), ('1++2j',), ('1', 2), (1, '2'), ([],), (1, []), (None,)]:
    try:
        print(complex(*a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(real=1, imag=2), complex(imag=3))
