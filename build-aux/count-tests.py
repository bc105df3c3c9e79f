#!/usr/bin/python3
"""Counts passed and failed test cases in meson's testlog.json files.

GTest programs report each case as a TAP line; a program that crashes
after some cases counts those cases plus one failure. Tests without TAP
output count as one case each.
"""
import json
import sys

passed = failed = skipped = 0

for path in sys.argv[1:]:
    try:
        lines = open(path, encoding='utf-8').read().splitlines()
    except OSError as error:
        print(f'cannot read {path}: {error}', file=sys.stderr)
        failed += 1
        continue

    for line in lines:
        if not line.strip():
            continue
        result = json.loads(line)
        stdout = result.get('stdout') or ''
        ok = not_ok = skip = 0
        for tap in stdout.splitlines():
            if tap.startswith('ok '):
                if '# SKIP' in tap:
                    skip += 1
                else:
                    ok += 1
            elif tap.startswith('not ok '):
                not_ok += 1

        if ok + not_ok + skip == 0:
            if result['result'] == 'OK':
                ok = 1
            elif result['result'] == 'SKIP':
                skip = 1
            else:
                not_ok = 1
        elif result['result'] not in ('OK', 'SKIP', 'EXPECTEDFAIL') and not_ok == 0:
            # Crashed or timed out after its last reported case.
            not_ok = 1

        if not_ok:
            print(f"failed: {result['name']}", file=sys.stderr)
        passed += ok
        failed += not_ok
        skipped += skip

line = f'{passed} passed, {failed} failed'
if skipped:
    line += f', {skipped} skipped'
print(line)
sys.exit(1 if failed else 0)
