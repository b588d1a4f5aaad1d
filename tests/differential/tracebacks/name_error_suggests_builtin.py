# A misspelt builtin: the suggestion comes from CPython's builtins.
values = [3, 1, 2]
print(sorted(values))
print(lenn(values))
