print("exit code 2 via raise")
raise SystemExit(2)
