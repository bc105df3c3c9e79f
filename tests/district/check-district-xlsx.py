#!/usr/bin/python3
"""Exports the district workbook of a generated project and reads it back.

Usage: check-district-xlsx.py RENREN_EVAL MAKE_DISTRICT
"""
import os
import subprocess
import sys
import tempfile

import openpyxl

binary, generator = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix='renren-district-xlsx-')
project = os.path.join(work, 'district.renren')
output = os.path.join(work, 'district.xlsx')
print('1..10')

subprocess.run([generator, '120', project], check=True)
result = subprocess.run([binary, 'export', project, '--district', '--output', output],
                        capture_output=True, text=True)
print('ok 1 /district-xlsx/exit' if result.returncode == 0 else f'not ok 1 /district-xlsx/exit # {result.stderr}')

book = openpyxl.load_workbook(output)
summary = book.worksheets[0]
rows = [row for row in summary.iter_rows(min_row=3, values_only=True) if row[1]]
print('ok 2 /district-xlsx/one-row-per-community' if len(rows) == 120
      else f'not ok 2 /district-xlsx/one-row-per-community # {len(rows)} rows')

# Ranked by the final score (converted plus bonus), which the grade follows.
totals = [row[11] for row in rows if isinstance(row[11], (int, float))]
print('ok 3 /district-xlsx/sorted-by-total' if totals == sorted(totals, reverse=True) and totals
      else 'not ok 3 /district-xlsx/sorted-by-total')

charts = book.worksheets[1]._charts
print('ok 4 /district-xlsx/native-chart' if len(charts) == 1 else f'not ok 4 /district-xlsx/native-chart # {len(charts)}')

# Competition ranking: equal scores share a rank (1, 2, 2, 4), and a
# community without an evaluation has none.
ranks = [row[0] for row in rows]
evaluated = [isinstance(row[8], (int, float)) for row in rows]
kinds = {row[6] for row, done in zip(rows, evaluated) if done}
problems = [i for i, row in enumerate(rows)
            if (not evaluated[i] and ranks[i] not in (None, ''))
            or (evaluated[i] and ranks[i] != i + 1 and (i == 0 or ranks[i] != ranks[i - 1]))]
shared = sum(1 for i in range(1, len(rows)) if evaluated[i] and ranks[i] == ranks[i - 1])
print('ok 5 /district-xlsx/ranks' if not problems and shared > 0
      else f'not ok 5 /district-xlsx/ranks # rows {problems[:5]}, {shared} shared')

# Requirement headers quote the standard, not the rules' ids.
headers = [cell.value for cell in summary[2] if isinstance(cell.value, str)]
ids = [header for header in headers if '_' in header]
print('ok 6 /district-xlsx/requirement-headers' if not ids and any('每百户' in h for h in headers)
      else f'not ok 6 /district-xlsx/requirement-headers # {ids[:3]}')

# The grade counts, with the communities not evaluated, add up to all.
grades = book.worksheets[1]
counts = [row[1] for row in grades.iter_rows(min_row=2, values_only=True) if isinstance(row[1], (int, float))]
print('ok 7 /district-xlsx/grade-counts' if sum(counts) == 120
      else f'not ok 7 /district-xlsx/grade-counts # {counts}')

# The ranking PDF contains every page, and an image shows the page asked for.
pdf = os.path.join(work, 'ranking.pdf')
subprocess.run([binary, 'chart', project, '--district', '--output', pdf], check=True)
info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True).stdout
pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith('Pages:')))
text = subprocess.run(['pdftotext', '-f', str(pages), '-l', str(pages), pdf, '-'],
                      capture_output=True, text=True, check=True).stdout
print('ok 8 /district-xlsx/ranking-pdf-every-page' if pages > 1 and 'of 120' in text.replace('共 120', 'of 120')
      else f'not ok 8 /district-xlsx/ranking-pdf-every-page # {pages} pages')

bad = subprocess.run([binary, 'chart', project, '--district', '--page', '0', '--output',
                      os.path.join(work, 'ranking.png')], capture_output=True, text=True)
print('ok 9 /district-xlsx/ranking-page-zero-rejected' if bad.returncode == 2 and '--page' in bad.stderr
      else f'not ok 9 /district-xlsx/ranking-page-zero-rejected # {bad.returncode} {bad.stderr}')

# Each row names its evaluation's kind, which separates self-evaluations
# from comprehensive ones.
print('ok 10 /district-xlsx/evaluation-kinds' if kinds == {'自我评价', '综合评价'}
      else f'not ok 10 /district-xlsx/evaluation-kinds # {kinds}')
