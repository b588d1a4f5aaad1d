from datetime import datetime, timezone

d = datetime(2024, 1, 2, 13, 4, 5, tzinfo=timezone.utc)
for f in ["%#a|%#A|%#b|%#p|%^a|%^B|%^p|%10A|%_5d|%010Y", "%-j|%_H|%0e|%3y|%-y|%#d", "%-d/%-m %-I:%M %-H", "%5Y|%-Y|%_Y", "%Ob|%Od|%EY|%Ey|%OH",
          "%Q|%5f|%-f|%E |%O |%:z|%", "%-%|%5%|%^c|%-c|%12c|%-n|%5n", "100%% sure", "%%Y %%%Y", "plain text", "", "%"]:
    print(repr(d.strftime(f)))
