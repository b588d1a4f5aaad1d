# A binary operation spanning lines has no operator anchors: the marker runs
# from the expression's start to the last non-blank character of the line.
count = 3
label = (count +   # the count
         " items")
