# A tiny stack-based virtual machine with labels, jumps and calls.
class VMError(Exception):
    pass


def assemble(src):
    program = []
    labels = {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.lower(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return program, labels


def run(src, trace=False, limit=10000):
    program, labels = assemble(src)
    stack, calls, out = [], [], []
    pc = steps = 0
    while pc < len(program):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, args = program[pc]
        pc += 1
        if trace:
            print(f"  {pc - 1:>3} {op:<5} {args} {stack}")
        if op == "push":
            stack.append(args[0])
        elif op in ("add", "sub", "mul", "div", "mod", "lt", "eq"):
            if len(stack) < 2:
                raise VMError(f"stack underflow at {pc - 1} ({op})")
            b, a = stack.pop(), stack.pop()
            if op in ("div", "mod") and b == 0:
                raise VMError("division by zero")
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // b if op == "div" else 0,
                          "mod": a % b if op == "mod" else 0, "lt": int(a < b), "eq": int(a == b)}[op])
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "pop":
            stack.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "call":
            calls.append(pc)
            pc = labels[args[0]]
        elif op == "ret":
            pc = calls.pop()
        elif op == "halt":
            break
        else:
            raise VMError(f"unknown instruction {op!r}")
    return out, stack, steps


SQUARE_CALLS = """
    push 3
    call square
    print
    push 12
    call square
    print
    halt
square:
    dup
    mul
    ret
"""
COUNT = """
    push 0
again:
    dup
    print
    push 1
    add
    dup
    push 5
    lt
    jz end
    jmp again
end:
    halt
"""
print(run(COUNT))
print(run(SQUARE_CALLS))
print(run("push 7\npush 3\nmod\nprint\npush 2\npush 100\nmul\nprint", trace=True))
for src in ["push 1\nadd", "push 1\npush 0\ndiv", "frob", "top:\njmp top"]:
    try:
        run(src)
    except VMError as e:
        print("VMError:", e)
SQUARES = """
    push 1
next:
    dup
    dup
    mul
    print
    push 1
    add
    dup
    push 11
    lt
    jz stop
    jmp next
stop:
    halt
"""
print(run(SQUARES)[0])
