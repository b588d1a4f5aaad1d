try:
    raise ValueError(1)
except ValueError as e:
    g = ExceptionGroup("grp", [e])
