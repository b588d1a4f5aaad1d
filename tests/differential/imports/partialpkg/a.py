from partialpkg.b import B_VALUE
A_VALUE = "a"
