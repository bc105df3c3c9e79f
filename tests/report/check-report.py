#!/usr/bin/python3
"""Writes reports and packages with the real renren-eval and reads them back.

poppler-utils reads the PDF: pdftotext for the text, pdffonts for the
embedded fonts, pdfinfo for the page count and pdftoppm for screenshots.
Python's zipfile and the verify subcommand read the packages. Prints TAP.

Usage: check-report.py RENREN_EVAL MAKE_DEMO
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

binary, make_demo = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix='renren-report-')
env = dict(os.environ, LANGUAGE='zh_CN', LC_ALL='zh_CN.UTF-8')
results = []

# Page counts measured with Noto Sans/Serif CJK SC from Debian 12's
# fonts-noto-cjk; another version of the fonts may move a page break.
# The full report grew a page when the demo raters began to disagree on a
# task, which adds the disagreement section.
FULL_PAGES = 9
EMPTY_PAGES = 8


def run(*args, check=True):
    result = subprocess.run([binary, *args], capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        raise RuntimeError(f'renren-eval {" ".join(args)}: {result.stderr}')
    return result


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test(name):
    def wrap(function):
        try:
            function()
            results.append((True, name, ''))
        except Exception as error:  # noqa: BLE001 - every failure becomes a TAP line
            results.append((False, name, f'{type(error).__name__}: {error}'))
        return function
    return wrap


def write(name, data):
    path = os.path.join(work, 'evidence', name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as file:
        file.write(data)
    return path


def pages(pdf):
    return int(re.search(r'^Pages:\s+(\d+)', tool('pdfinfo', pdf), re.M).group(1))


def text(pdf):
    # Table cells wrap, so compare without line breaks and spaces.
    return re.sub(r'\s+', '', tool('pdftotext', '-enc', 'UTF-8', pdf, '-'))


project = os.path.join(work, 'demo.renren')
subprocess.run(['/usr/bin/python3', make_demo, binary, project], check=True, env=env)
catalog = json.loads(run('catalog', '--format', 'json').stdout)

# Evidence for evaluation 2: a photo for task 1, names that Windows rejects,
# a duplicate name and a caption too long for a file name.
run('evidence', 'add', project, '2', '--task', '1', '--caption', '第一季度议事会现场照片',
    write('meeting.jpg', b'\xff\xd8\xff\xe0 not really a JPEG'))
run('evidence', 'add', project, '2', '--task', '13',
    write('CON.txt', '会议记录'.encode()), write('a/plan: final?.txt', b'plan'),
    write('b/plan: final?.txt', b'another plan'))
run('evidence', 'add', project, '2', '--task', '20', '--caption', '社区工作者持证情况统计表及证书复印件' * 8,
    write('名单.TXT', b'list'))

full_pdf = os.path.join(work, 'full.pdf')
run('report', project, '2', '--output', full_pdf)
empty_id = run('evaluation', 'new', project, '--community', '320404001002', '--kind', 'comprehensive',
               '--period', '2026-07..2026-12').stdout.strip()
empty_pdf = os.path.join(work, 'empty.pdf')
run('report', project, empty_id, '--output', empty_pdf)


@test('/report/full/community-and-tasks')
def _():
    found = text(full_pdf)
    assert '五星社区' in found
    assert '“人人社区”建设综合评价报告' in found
    for task in catalog['tasks']:
        words = re.sub(r'\s+', '', task['text'])[:12]
        assert words in found, (task['number'], words)


@test('/report/full/sections')
def _():
    found = text(full_pdf)
    for heading in ('评价结论', '建设任务', '量化指标', '整改清单', '各评分人评分', '评分分歧', '佐证材料索引',
                    '评价组成员签字', '盖章'):
        assert heading in found, heading
    for rater in ('王建国', '陈丽华', '刘志强'):
        assert rater in found, rater
    assert '第一季度议事会现场照片' in found


@test('/report/full/evidence-hash')
def _():
    digest = tool('sha256sum', os.path.join(work, 'evidence', 'meeting.jpg')).split()[0]
    # The hash wraps inside its cell; its first characters stay on one line.
    assert digest[:16] in text(full_pdf), digest


@test('/report/full/fonts-embedded-subsets')
def _():
    rows = tool('pdffonts', full_pdf).splitlines()[2:]
    assert rows, 'no fonts'
    names = [row.split()[0] for row in rows]
    assert any('NotoSansCJKsc' in name for name in names), names
    for row in rows:
        columns = row.split()
        # name type... encoding emb sub uni object ID
        assert columns[-5:-2] == ['yes', 'yes', 'yes'], row
        assert re.match(r'^[A-Z]{6}\+', columns[0]), row


@test('/report/full/page-count')
def _():
    count = pages(full_pdf)
    assert count == FULL_PAGES, count
    assert f'第{count}页共{count}页' in text(full_pdf)


@test('/report/empty/page-count-and-text')
def _():
    count = pages(empty_pdf)
    assert count == EMPTY_PAGES, count
    found = text(empty_pdf)
    assert '勤业社区' in found
    assert '未评分' in found
    assert '尚未添加佐证材料' in found
    assert '尚无评分人评分' in found
    assert '约束性任务判定未评分' in found


@test('/report/self/kind')
def _():
    pdf = os.path.join(work, 'self.pdf')
    run('report', project, '1', '--output', pdf)
    found = text(pdf)
    assert '“人人社区”建设自我评价报告' in found
    assert '各评分人评分' not in found


@test('/report/errors/missing-folder')
def _():
    result = run('report', project, '2', '--output', '/nonexistent-folder/r.pdf', check=False)
    assert result.returncode == 2, result.returncode
    assert '/nonexistent-folder' in result.stderr, result.stderr


@test('/report/screenshots')
def _():
    shots = os.environ.get('RENREN_SCREENSHOT_DIR')
    if not shots:
        return
    os.makedirs(shots, exist_ok=True)
    subprocess.run(['pdftoppm', '-r', '80', '-png', '-f', '1', '-l', '4', full_pdf,
                    os.path.join(shots, 'report-page')], check=True)
    subprocess.run(['pdftoppm', '-r', '80', '-png', '-f', '1', '-l', '2', empty_pdf,
                    os.path.join(shots, 'report-empty-page')], check=True)


# ---------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------

def verify(path):
    result = run('verify', path, check=False)
    lines = sorted(line for line in result.stdout.splitlines() if line)
    return result.returncode, lines


package_dir = os.path.join(work, 'package')
package_zip = os.path.join(work, 'package.zip')
run('package', project, '2', '--output', package_dir + '/')
run('package', project, '2', '--output', package_zip)
with open(os.path.join(package_dir, 'index.json'), encoding='utf-8') as index_file:
    index = json.load(index_file)


@test('/package/folder/verify-clean')
def _():
    assert verify(package_dir) == (0, []), verify(package_dir)


@test('/package/zip/verify-clean')
def _():
    assert verify(package_zip) == (0, []), verify(package_zip)


@test('/package/index/lists-everything')
def _():
    roles = [entry['role'] for entry in index['files']]
    assert roles.count('report') == 1, roles
    assert roles.count('workbook') == 1, roles
    assert roles.count('evidence') == 5, roles
    assert index['community'] == '五星社区'
    evidence = [entry for entry in index['files'] if entry['role'] == 'evidence']
    assert [entry['number'] for entry in evidence] == [1, 2, 3, 4, 5]
    assert evidence[0]['task'] == 1, evidence[0]
    assert evidence[0]['caption'] == '第一季度议事会现场照片', evidence[0]
    assert evidence[0]['path'].startswith('01_参与共同体/01_'), evidence[0]['path']
    assert evidence[0]['path'].endswith('/001_第一季度议事会现场照片.jpg'), evidence[0]['path']


@test('/package/index/windows-valid-paths')
def _():
    reserved = re.compile(r'^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$', re.I)
    seen = set()
    for entry in index['files']:
        path = entry['path']
        assert len(path.encode('utf-16-le')) // 2 <= 160, path
        folded = path.casefold()
        assert folded not in seen, path
        seen.add(folded)
        for name in path.split('/'):
            assert name and len(name.encode()) <= 255, name
            assert not set(name) & set('<>:"\\|?*'), name
            assert not any(ord(c) < 32 for c in name), name
            assert not name.endswith(('.', ' ')), name
            assert not reserved.match(name.split('.')[0].rstrip()), name


@test('/package/index/hashes-match-files')
def _():
    for entry in index['files']:
        digest = tool('sha256sum', os.path.join(package_dir, entry['path'])).split()[0]
        assert digest == entry['sha256'], entry['path']


@test('/package/workbook/package-paths')
def _():
    import openpyxl
    workbook_entry = next(e for e in index['files'] if e['role'] == 'workbook')
    sheet = openpyxl.load_workbook(os.path.join(package_dir, workbook_entry['path']))['佐证材料']
    paths = [sheet.cell(row=r, column=6).value for r in range(2, 7)]
    expected = [e['path'] for e in index['files'] if e['role'] == 'evidence']
    assert paths == expected, paths


@test('/package/zip/utf8-names')
def _():
    with zipfile.ZipFile(package_zip) as archive:
        names = archive.namelist()
        for info in archive.infolist():
            if not info.filename.isascii():
                assert info.flag_bits & 0x800, info.filename
    assert sorted(names) == sorted([e['path'] for e in index['files']] + ['index.json']), names


@test('/package/folder/detects-changes')
def _():
    evidence = [e['path'] for e in index['files'] if e['role'] == 'evidence']
    with open(os.path.join(package_dir, evidence[0]), 'ab') as file:
        file.write(b'changed')
    os.remove(os.path.join(package_dir, evidence[1]))
    with open(os.path.join(package_dir, '01_参与共同体', 'extra.jpg'), 'wb') as file:
        file.write(b'extra')
    status, lines = verify(package_dir)
    assert status == 1, status
    assert lines == sorted([f'altered: {evidence[0]}', f'missing: {evidence[1]}',
                            'unlisted: 01_参与共同体/extra.jpg']), lines


@test('/package/zip/detects-changes')
def _():
    evidence = [e['path'] for e in index['files'] if e['role'] == 'evidence']
    changed = os.path.join(work, 'changed.zip')
    with zipfile.ZipFile(package_zip) as source, zipfile.ZipFile(changed, 'w') as target:
        for info in source.infolist():
            if info.filename == evidence[2]:
                continue
            data = source.read(info)
            if info.filename == evidence[3]:
                data += b'x'
            target.writestr(info, data)
        target.writestr('新增.txt', b'added')
    status, lines = verify(changed)
    assert status == 1, status
    assert lines == sorted([f'missing: {evidence[2]}', f'altered: {evidence[3]}', 'unlisted: 新增.txt']), lines


@test('/package/verify/unreadable')
def _():
    missing = run('verify', os.path.join(work, 'no-such-package'), check=False)
    assert missing.returncode == 2, missing.returncode
    assert 'not found' in missing.stderr or '未找到' in missing.stderr, missing.stderr
    no_index = os.path.join(work, 'no-index')
    os.makedirs(no_index)
    status, _lines = verify(no_index)
    assert status == 2, status
    not_zip = os.path.join(work, 'not-a.zip')
    with open(not_zip, 'wb') as file:
        file.write(b'not a zip file')
    status, _lines = verify(not_zip)
    assert status == 2, status


@test('/package/verify/unsafe-index-path')
def _():
    folder = os.path.join(work, 'unsafe')
    os.makedirs(folder)
    with open(os.path.join(folder, 'index.json'), 'w', encoding='utf-8') as file:
        json.dump({'format': 'renren-eval-package', 'version': 1,
                   'files': [{'path': '../demo.renren', 'sha256': '0' * 64, 'size': 1}]}, file)
    status, _lines = verify(folder)
    assert status == 2, status


@test('/package/errors/no-leftovers')
def _():
    result = run('package', project, '2', '--output', package_dir, check=False)
    assert result.returncode == 2, result.returncode
    result = run('package', project, '999', '--output', os.path.join(work, 'none.zip'), check=False)
    assert result.returncode != 0
    assert not [f for f in os.listdir(work) if '.tmp' in f], os.listdir(work)
    assert not os.path.exists(os.path.join(work, 'none.zip'))


print(f'1..{len(results)}')
for number, (ok, name, message) in enumerate(results, 1):
    if message:
        for line in message.splitlines():
            print(f'# {line}')
    print(f'{"ok" if ok else "not ok"} {number} {name}')
shutil.rmtree(work, ignore_errors=True)
