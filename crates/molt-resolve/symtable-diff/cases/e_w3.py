[x for a in b for x in (y := [1])]
