# Markers count characters, not bytes, on lines with non-ASCII text.
prices = {"café": 3}
label = "thé"
print(prices["café"])
total = prices["café"] + prices[label]
