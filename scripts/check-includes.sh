#!/bin/sh
# check-includes.sh — the layering rule, checked on every #include line:
# src/core never includes from src/main or src/renderer, and those two never
# include each other. A quoted include is resolved the way the compiler does
# (the including file's folder, then src/core, which meson puts on the path)
# and judged by the folder the header lives in. Ends "layering: N passed,
# N failed" (one check per file); exit 1 on any violation.
cd "$(dirname "$0")/.." || exit 2
python3 - <<'EOF'
import os, re, sys

SRC = 'src'
ALLOWED = {'core': {'core'}, 'main': {'core', 'main'}, 'renderer': {'core', 'renderer'}}
inc = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
passed = failed = 0
for layer in sorted(ALLOWED):
    top = os.path.join(SRC, layer)
    for dirpath, _, files in os.walk(top):
        for f in sorted(files):
            if not f.endswith(('.c', '.h')):
                continue
            path = os.path.join(dirpath, f)
            bad = []
            with open(path, encoding='utf-8', errors='replace') as fh:
                for lineno, line in enumerate(fh, 1):
                    m = inc.match(line)
                    if not m:
                        continue
                    name = m.group(1)
                    cands = [os.path.normpath(os.path.join(dirpath, name)),
                             os.path.normpath(os.path.join(SRC, 'core', name))]
                    target = next((c for c in cands if os.path.exists(c)), cands[0])
                    parts = target.split(os.sep)
                    if len(parts) >= 2 and parts[0] == SRC and parts[1] in ALLOWED:
                        if parts[1] not in ALLOWED[layer]:
                            bad.append(f'{path}:{lineno}: {layer}/ includes {parts[1]}/ ("{name}")')
                    elif '/main/' in '/' + name or '/renderer/' in '/' + name:
                        bad.append(f'{path}:{lineno}: include names another layer ("{name}")')
            if bad:
                failed += 1
                print('\n'.join(bad))
            else:
                passed += 1
print(f'layering: {passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
EOF
