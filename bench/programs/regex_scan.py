# re: a scan of ~4 MB of generated web-server log lines with realistic
# patterns: findall, finditer with groups, search per line, sub with a
# template and with a function, split. Prints counts and a checksum.
import re

METHODS = ["GET", "POST", "PUT", "DELETE", "HEAD"]
PATHS = ["/", "/index.html", "/api/v1/users", "/api/v1/orders/%d", "/static/app.js", "/login", "/search?q=caf\u00e9"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.4.0", "python-requests/2.31", "Googlebot/2.1"]
LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]


def generate(n):
    # A small linear congruential generator keeps the text deterministic.
    state = 12345
    lines = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % 256
        b = (state >> 8) % 256
        path = PATHS[state % len(PATHS)]
        if "%d" in path:
            path = path % (state % 10000)
        level = LEVELS[(state >> 3) % len(LEVELS)]
        user = "user%d@mail%d.example.com" % (state % 997, state % 13) if state % 5 == 0 else "-"
        lines.append(
            '%d.%d.%d.%d - [2024-%02d-%02d %02d:%02d:%02d] %s "%s %s HTTP/1.1" %d %d "%s" %s took=%d.%03dms\n'
            % (10, a, b, i % 256, 1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, level,
               METHODS[(state >> 5) % len(METHODS)], path, [200, 200, 200, 301, 404, 500][state % 6],
               state % 50000, AGENTS[(state >> 7) % len(AGENTS)], user, state % 900, state % 1000)
        )
    return "".join(lines)


def main():
    text = generate(30000)
    checksum = 0
    ips = re.findall(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b", text)
    checksum += len(ips) + sum(int(t[1]) for t in ips)
    emails = re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text)
    checksum += len(emails) + sum(len(e) for e in emails)
    statuses = {}
    for m in re.finditer(r'"(GET|POST|PUT|DELETE|HEAD) ([^ "]+) HTTP/1\.[01]" (\d{3}) (\d+)', text):
        key = m.group(1) + m.group(3)
        statuses[key] = statuses.get(key, 0) + int(m.group(4))
    checksum += sum(statuses.values()) % 1000003
    errors = 0
    slow = 0
    line_re = re.compile(r"^(\S+) - \[([^\]]+)\] (ERROR|WARN) ")
    took_re = re.compile(r"took=(\d+)\.(\d+)ms$")
    for line in text.splitlines():
        m = line_re.search(line)
        if m:
            errors += 1
            t = took_re.search(line)
            if t and int(t.group(1)) > 800:
                slow += 1
    checksum += errors * 7 + slow
    redacted = re.sub(r"(\w+)@(\w+)", r"<\2>", text)
    checksum += len(redacted)
    dates = re.sub(r"\[(\d{4})-(\d\d)-(\d\d) ", lambda m: "[" + m.group(3) + "/" + m.group(2) + " ", text[:400000])
    checksum += len(dates) + dates.count("/")
    fields = re.split(r"\s+", text[:300000])
    checksum += len(fields)
    words = re.findall(r"(?i)\b(?:mozilla|curl|python)\w*", text)
    checksum += len(words)
    print(len(text), len(ips), len(emails), len(statuses), errors, slow, len(fields), checksum)


main()
