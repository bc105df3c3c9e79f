#!/usr/bin/python3
"""Exports workbooks with the real renren-eval and reads them back.

openpyxl checks sheets, values, formulas with their cached results, merged
cells, print settings and data validation; LibreOffice converts a workbook to
CSV and PDF. Prints TAP.

Usage: check-xlsx.py RENREN_EVAL MAKE_DEMO
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

binary, make_demo = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix='renren-xlsx-')
env = dict(os.environ, LANGUAGE='zh_CN', LC_ALL='zh_CN.UTF-8')
results = []


def run(*args, check=True):
    result = subprocess.run([binary, *args], capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        raise RuntimeError(f'renren-eval {" ".join(args)}: {result.stderr}')
    return result


def test(name):
    def wrap(function):
        try:
            function()
            results.append((True, name, ''))
        except Exception as error:  # noqa: BLE001 - every failure becomes a TAP line
            results.append((False, name, f'{type(error).__name__}: {error}'))
        return function
    return wrap


def hundredths(value):
    return round(float(value) * 100)


project = os.path.join(work, 'demo.renren')
subprocess.run(['/usr/bin/python3', make_demo, binary, project], check=True, env=env)
scores = json.loads(run('score', project, '2').stdout)
workbook_path = os.path.join(work, 'evaluation.xlsx')
run('export', project, '2', '--output', workbook_path)
workbook = openpyxl.load_workbook(workbook_path)
cached = openpyxl.load_workbook(workbook_path, data_only=True)
sheet = workbook['评分表']
cached_sheet = cached['评分表']


@test('/score/self-comparison')
def _():
    comparison = scores['self_comparison']
    own = json.loads(run('score', project, '1').stdout)
    assert own['self_comparison'] is None
    assert hundredths(comparison['self_converted']) == hundredths(own['converted'])
    assert hundredths(comparison['difference']) == hundredths(scores['converted']) - hundredths(own['converted'])
    assert len(comparison['groups']) == 4
    assert any(task['task'] == 9 for task in comparison['tasks']), comparison['tasks']


@test('/xlsx/evaluation/sheet-names')
def _():
    assert workbook.sheetnames == ['评分表', '量化指标', '评分人-王建国', '评分人-陈丽华', '评分人-刘志强',
                                   '佐证材料', '整改清单', '图表'], workbook.sheetnames


@test('/xlsx/evaluation/merged-title')
def _():
    assert 'A1:J1' in [str(r) for r in sheet.merged_cells.ranges]
    assert sheet['A1'].value == '五星社区“人人社区”建设综合评价评分表', sheet['A1'].value
    assert sheet['E4'].value == '具体建设任务'


@test('/xlsx/evaluation/task-rows')
def _():
    numbers = [sheet.cell(row=r, column=1).value for r in range(5, 40)]
    tasks = [n for n in numbers if isinstance(n, int)]
    assert tasks == list(range(1, 25)), tasks
    by_task = {t['task']: t for t in scores['tasks']}
    for r in range(5, 40):
        number = sheet.cell(row=r, column=1).value
        if isinstance(number, int):
            assert hundredths(sheet.cell(row=r, column=7).value) == hundredths(by_task[number]['score'])
            assert sheet.cell(row=r, column=6).value == by_task[number]['level']


@test('/xlsx/evaluation/subtotal-formulas-cached')
def _():
    groups = iter(scores['groups'])
    found = 0
    for r in range(5, 45):
        label = sheet.cell(row=r, column=1).value
        if isinstance(label, str) and label.endswith('小计'):
            group = next(groups)
            assert label == group['name'] + ' 小计', label
            assert str(sheet.cell(row=r, column=7).value).startswith('=SUM(G'), sheet.cell(row=r, column=7).value
            assert hundredths(cached_sheet.cell(row=r, column=7).value) == hundredths(group['score'])
            assert hundredths(cached_sheet.cell(row=r, column=8).value) == hundredths(group['max'])
            found += 1
    assert found == 4, found


@test('/xlsx/evaluation/totals-cached')
def _():
    rows = {sheet.cell(row=r, column=1).value: r for r in range(5, 50)}
    total, converted, final = rows['合计'], rows['折算得分（百分制）'], rows['最终得分']
    assert sheet.cell(row=total, column=7).value.startswith('=G'), sheet.cell(row=total, column=7).value
    assert hundredths(cached_sheet.cell(row=total, column=7).value) == hundredths(scores['score'])
    assert 'ROUND' in sheet.cell(row=converted, column=7).value
    assert hundredths(cached_sheet.cell(row=converted, column=7).value) == hundredths(scores['converted'])
    assert hundredths(cached_sheet.cell(row=final, column=7).value) == hundredths(scores['final'])
    assert sheet.cell(row=rows['等级'], column=7).value == scores['grade']
    assert sheet.cell(row=rows['约束性任务判定'], column=7).value == scores['verdict_name']


@test('/xlsx/evaluation/print-setup')
def _():
    for worksheet in workbook.worksheets:
        setup = worksheet.page_setup
        assert setup.paperSize in (9, '9'), (worksheet.title, setup.paperSize)
        assert worksheet.sheet_properties.pageSetUpPr.fitToPage, worksheet.title
        assert setup.fitToHeight in (0, '0'), (worksheet.title, setup.fitToHeight)
        assert worksheet.print_area, worksheet.title
        assert '&P' in (worksheet.oddFooter.center.text or ''), worksheet.title
        assert worksheet.print_options.gridLines, worksheet.title
    assert sheet.page_setup.orientation == 'landscape'
    assert sheet.print_title_rows == '$1:$4', sheet.print_title_rows
    assert sheet.freeze_panes == 'A5', sheet.freeze_panes


@test('/xlsx/evaluation/rater-sheets')
def _():
    by_rater = {r['rater']: r for r in scores['raters']}
    for name in ('王建国', '陈丽华', '刘志强'):
        rater_sheet = cached['评分人-' + name]
        last = rater_sheet.max_row
        assert rater_sheet.cell(row=last, column=1).value == '合计'
        assert hundredths(rater_sheet.cell(row=last, column=4).value) == hundredths(by_rater[name]['score'])


@test('/xlsx/evaluation/thresholds-sheet')
def _():
    thresholds = workbook['量化指标']
    assert thresholds.max_row == 11, thresholds.max_row
    statuses = {thresholds.cell(row=r, column=6).value for r in range(2, 12)}
    assert statuses <= {'达到', '未达到', '未评估'}, statuses


@test('/xlsx/evaluation/native-chart')
def _():
    assert len(workbook['图表']._charts) == 1


@test('/xlsx/evaluation/radar-image')
def _():
    # openpyxl loads images only with Pillow, so look inside the package.
    with zipfile.ZipFile(workbook_path) as package:
        media = [name for name in package.namelist() if name.startswith('xl/media/')]
        assert len(media) == 1, media
        assert package.read(media[0]).startswith(b'\x89PNG')


@test('/chart/cli/every-kind-and-format')
def _():
    magic = {'png': b'\x89PNG', 'svg': b'<?xml', 'pdf': b'%PDF'}
    for kind in ('radar', 'tasks', 'thresholds', 'trend'):
        for extension, start in magic.items():
            out = os.path.join(work, f'{kind}.{extension}')
            run('chart', project, '2', '--kind', kind, '--output', out, '--width', '640', '--height', '480')
            with open(out, 'rb') as file:
                assert file.read(8).startswith(start), (kind, extension)


@test('/chart/cli/district-ranking')
def _():
    out = os.path.join(work, 'ranking.png')
    run('chart', project, '--district', '--output', out)
    assert os.path.getsize(out) > 1000


@test('/chart/cli/bad-arguments')
def _():
    cases = [
        ('chart', project, '2', '--output', os.path.join(work, 'x.png')),
        ('chart', project, '2', '--kind', 'pie', '--output', os.path.join(work, 'x.png')),
        ('chart', project, '2', '--kind', 'radar', '--output', os.path.join(work, 'x.gif')),
        ('chart', project, '2', '--kind', 'radar', '--output', os.path.join(work, 'x.png'), '--width', '0'),
        ('chart', project, '999', '--kind', 'radar', '--output', os.path.join(work, 'x.png')),
        ('chart', '/nonexistent.renren', '2', '--kind', 'radar', '--output', os.path.join(work, 'x.png')),
    ]
    for args in cases:
        result = run(*args, check=False)
        assert result.returncode == 2, (args, result.returncode, result.stderr)
        assert result.stderr, args


blank_path = os.path.join(work, 'blank.xlsx')
run('export', '--blank', '--output', blank_path)
blank = openpyxl.load_workbook(blank_path)
blank_sheet = blank.worksheets[0]


@test('/xlsx/blank/validation-list')
def _():
    validations = blank_sheet.data_validations.dataValidation
    assert len(validations) == 1, validations
    validation = validations[0]
    assert validation.type == 'list'
    assert '达标' in validation.formula1, validation.formula1
    assert '不适用' in validation.formula1, validation.formula1
    assert str(validation.sqref).startswith('F5:F'), validation.sqref


@test('/xlsx/blank/protected-formulas')
def _():
    assert blank_sheet.protection.sheet
    assert blank_sheet['F5'].protection.locked is False
    assert blank_sheet['G5'].protection.locked is not False
    assert blank_sheet['G5'].value.startswith('=IF(F5="达标"'), blank_sheet['G5'].value
    assert blank_sheet['A1'].value.endswith('综合评价评分表')


@test('/xlsx/safety/names-and-text')
def _():
    odd = os.path.join(work, 'odd.renren')
    run('project', 'new', odd)
    name = '=1+1[社区]:*?/\\' + '名' * 40
    run('community', 'add', odd, '--name', name, '--street', '测试街道', '--type', 'community', '--code', 'X1')
    evaluation = run('evaluation', 'new', odd, '--community', 'X1', '--kind', 'comprehensive',
                     '--period', '2026-01..2026-06').stdout.strip()
    raters = [{'rater': '=HYPERLINK("http://example.invalid")' + '[x]', 'role': '专家', 'task': 1,
               'level': '达标', 'note': '=SUM(A1:A9)'},
              {'rater': '=HYPERLINK("http://example.invalid")' + '[y]', 'role': '专家', 'task': 1,
               'level': '达标'}]
    scores_path = os.path.join(work, 'odd-scores.json')
    with open(scores_path, 'w', encoding='utf-8') as file:
        json.dump(raters, file, ensure_ascii=False)
    run('import-scores', odd, evaluation, scores_path)
    out = os.path.join(work, 'odd.xlsx')
    run('export', odd, evaluation, '--output', out)
    odd_book = openpyxl.load_workbook(out)
    names = odd_book.sheetnames
    assert len(set(n.casefold() for n in names)) == len(names), names
    for name in names:
        assert len(name) <= 31, name
        assert not set(name) & set('[]:*?/\\'), name
    first = odd_book.worksheets[0]
    assert first['A1'].data_type == 's', first['A1'].data_type
    assert first['A1'].value.startswith('=1+1'), first['A1'].value
    assert first['J5'].data_type == 's', (first['J5'].data_type, first['J5'].value)


@test('/xlsx/safety/unwritable-folder')
def _():
    result = run('export', project, '2', '--output', '/nonexistent-folder/out.xlsx', check=False)
    assert result.returncode == 2, result.returncode
    assert '/nonexistent-folder' in result.stderr, result.stderr
    before = os.path.getsize(workbook_path)
    result = run('export', project, '999', '--output', workbook_path, check=False)
    assert result.returncode != 0
    assert os.path.getsize(workbook_path) == before
    assert not [f for f in os.listdir(work) if f.endswith('.tmp')], os.listdir(work)


libreoffice = shutil.which('libreoffice') or shutil.which('soffice')


@test('/xlsx/libreoffice/csv-matches-scores')
def _():
    if libreoffice is None:
        raise RuntimeError('LibreOffice is not installed')
    profile = 'file://' + os.path.join(work, 'lo-profile')
    subprocess.run([libreoffice, f'-env:UserInstallation={profile}', '--headless', '--convert-to',
                    'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', work, workbook_path],
                   check=True, capture_output=True, timeout=180)
    with open(os.path.join(work, 'evaluation.csv'), encoding='utf-8') as file:
        rows = list(csv.reader(file))
    by_label = {row[0]: row for row in rows if row}
    assert hundredths(by_label['合计'][6]) == hundredths(scores['score']), by_label['合计']
    assert hundredths(by_label['折算得分（百分制）'][6]) == hundredths(scores['converted'])
    assert by_label['等级'][6] == scores['grade']


@test('/xlsx/libreoffice/pdf')
def _():
    if libreoffice is None:
        raise RuntimeError('LibreOffice is not installed')
    profile = 'file://' + os.path.join(work, 'lo-profile')
    subprocess.run([libreoffice, f'-env:UserInstallation={profile}', '--headless', '--convert-to', 'pdf',
                    '--outdir', work, workbook_path], check=True, capture_output=True, timeout=180)
    pdf = os.path.join(work, 'evaluation.pdf')
    assert os.path.getsize(pdf) > 10000
    shots = os.environ.get('RENREN_SCREENSHOT_DIR')
    if shots and shutil.which('pdftoppm'):
        os.makedirs(shots, exist_ok=True)
        subprocess.run(['pdftoppm', '-r', '80', '-png', '-f', '1', '-l', '1', pdf,
                        os.path.join(shots, 'xlsx-scoring-sheet')], check=True)


print(f'1..{len(results)}')
for number, (ok, name, message) in enumerate(results, 1):
    if message:
        for line in message.splitlines():
            print(f'# {line}')
    print(f'{"ok" if ok else "not ok"} {number} {name}')
shutil.rmtree(work, ignore_errors=True)
