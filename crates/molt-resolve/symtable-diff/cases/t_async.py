
async def f():
    x = 1
    async def g():
        await h(x)
        return [i async for i in a]
    return [await z for z in ()]
