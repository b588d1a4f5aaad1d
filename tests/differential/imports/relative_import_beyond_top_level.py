# A relative import reaching above the top-level package raises ImportError
# ("attempted relative import beyond top-level package") when it runs; the
# package body catches it and carries on.
import beyondpkg
print(beyondpkg.VALUE)
