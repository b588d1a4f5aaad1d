import textwrap
t = "A well-known state-of-the-art long-term plan -- with em--dashes and x-y z-1 a--b -- done. Hyphen-ated-words-are-long."
for w in [5, 8, 12, 17, 30]:
    print(w, textwrap.wrap(t, w))
    print(w, textwrap.wrap(t, w, break_on_hyphens=False))
print(textwrap.wrap("----- --x a-- --b", 4))
