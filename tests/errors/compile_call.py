code = compile("1", "<s>", "eval")
