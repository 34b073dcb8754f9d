// A minimal image linked outside RAM, for virt64's ELF loader error test.
    .text
    .global _start
_start:
    b       _start
