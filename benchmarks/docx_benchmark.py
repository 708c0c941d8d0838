"""Export/import benchmark for a course standard of 100+ Word pages.

Run from the repository root::

    python -m benchmarks.docx_benchmark [--courses 24] [--tasks 5]

It builds a 数控加工 standard with many integrated courses (every course has
its work-content analysis table, a learning-task table, one six-step table per
learning task and an assessment table), exports it, imports it back, checks
the round trip, and prints wall time and peak memory for both directions.

Page estimate (no Word/LibreOffice needed): the exported file is read back
with python-docx and every block is laid out on the export's A4 page
(14.6 cm × 24.6 cm text area):

* body paragraphs: 12 pt 宋体, 1.5 line spacing (23.4 pt a line), first-line
  indent of two characters, 34 Chinese characters a line (ASCII counts half);
* headings and captions: their font size × 1.3 plus the spacing before/after
  set in the export styles;
* table rows: the tallest cell, each cell wrapping at its own width
  (10.5 pt text, 13.7 pt a line, 0.38 cm cell padding) plus 4 pt for borders.

Page breaks forced by “keep with next” and unsplittable rows are ignored, so
Word shows slightly more pages than the estimate.  Targets: ≤ 5 s each way.
"""

from __future__ import annotations

import argparse
import io
import math
import multiprocessing
import resource
import sys
import time
import tracemalloc
import zipfile

from curriculum.document import (
    WORK_PROCESS_STEPS,
    CourseDoc,
    CoursePlanRow,
    LearningTaskDoc,
    StandardDoc,
    TypicalWorkTaskDoc,
)
from curriculum.docx_io import export_standard, import_standard

TARGET_SECONDS = 5.0
MIN_PAGES = 100

PT_PER_CM = 72 / 2.54
TEXT_WIDTH_PT = 14.6 * PT_PER_CM
TEXT_HEIGHT_PT = (29.7 - 2 * 2.54) * PT_PER_CM
BODY_LINE_PT = 12 * 1.3 * 1.5
CELL_FONT_PT = 10.5
CELL_LINE_PT = CELL_FONT_PT * 1.3
CELL_PADDING_PT = 0.38 * PT_PER_CM
ROW_BORDER_PT = 4
STYLE_HEIGHTS_PT = {  # one line of text + space before + space after, as set by the exporter
    "Title": 22 * 1.3 + 18,
    "Heading 1": 16 * 1.3 + 18 + 12,
    "Heading 2": 15 * 1.3 + 15 + 9,
    "Heading 3": 12 * 1.3 + 9 + 6,
    "Table Caption": 10.5 * 1.3 + 6 + 3,
}

# ---------------------------------------------------------------------------
# A large, realistic standard
# ---------------------------------------------------------------------------

PARTS = ["阶梯轴", "螺纹轴", "轴套", "端盖", "法兰盘", "凸台底板", "型腔模板", "箱体", "支架", "叶轮", "连杆", "齿轮坯"]
PROCESSES = ["数控车削", "数控铣削", "加工中心", "多轴", "CAD/CAM编程", "精度检验"]


def _paragraph(subject: str, index: int) -> str:
    return (
        f"{subject}是本课程第 {index} 项学习内容。学生在教师引导下识读零件图样和工艺文件，"
        "查阅切削用量手册与机床操作手册，分析尺寸公差、几何公差和表面粗糙度要求，"
        "拟定合理的装夹方案、刀具清单与加工路线，编制并校验加工程序，规范操作机床完成加工，"
        "使用游标卡尺、千分尺、百分表等量具进行自检和互检，填写质量检测记录，"
        "并按照企业“6S”现场管理要求整理工位、保养设备。"
    )


def _text(subject: str, paragraphs: int) -> str:
    return "\n".join(_paragraph(subject, i) for i in range(1, paragraphs + 1))


def _learning_task(course_code: str, course_index: int, task_index: int) -> LearningTaskDoc:
    part = PARTS[(course_index + task_index) % len(PARTS)]
    process = PROCESSES[course_index % len(PROCESSES)]
    name = f"{part}的{process}加工（任务{task_index}）"
    steps = {
        step: f"【{step}】围绕“{name}”，学生独立或以小组形式完成本环节工作：" + _paragraph(name, task_index)[:90]
        for step in WORK_PROCESS_STEPS
    }
    return LearningTaskDoc(
        code=f"{course_code}-{task_index:02d}",
        name=name,
        hours=24,
        description=f"某机械制造企业委托加工一批{part}，数量 20 件。" + _paragraph(name, 1)[:120],
        steps=steps,
    )


def _course(index: int, tasks: int) -> CourseDoc:
    code = f"0203-{index:02d}"
    process = PROCESSES[index % len(PROCESSES)]
    name = f"{PARTS[index % len(PARTS)]}类零件{process}加工"
    learning_tasks = [_learning_task(code, index, t) for t in range(1, tasks + 1)]
    return CourseDoc(
        code=code,
        name=name,
        baseline_hours=sum(t.hours for t in learning_tasks),
        typical_work_task_codes=[f"T{index:02d}"],
        task_description=_text(f"“{name}”典型工作任务", 2),
        work_objects=_text("工作对象分析", 1),
        tools_materials="工具：卡盘扳手、刀架扳手、内六角扳手。\n量具：游标卡尺、外径千分尺、百分表、螺纹环规。\n设备：数控车床、数控铣床、加工中心。\n资料：零件图样、工艺卡片、机床操作手册、切削用量手册。",
        work_methods=_text("工作方法", 1),
        labour_organisation="以小组合作形式完成，每组 3～4 人；组长从生产主管处领取任务单，按工位分工实施，完成后交质检员检验。",
        work_requirements=_text("工作要求", 1),
        course_goals=_text(f"“{name}”课程目标", 3),
        learning_content=_text(f"“{name}”学习内容", 3),
        teaching_advice=_text("教学实施建议", 2),
        process_assessment_weight=60,
        process_assessment=_paragraph("过程性考核", 1),
        final_assessment_weight=40,
        final_assessment=_paragraph("终结性考核", 1),
        learning_tasks=learning_tasks,
    )


def large_standard(courses: int = 16, tasks: int = 5) -> StandardDoc:
    course_docs = [_course(i, tasks) for i in range(1, courses + 1)]
    terms = 6
    plan = [
        CoursePlanRow(c.code, c.name, [c.baseline_hours if t == i % terms else 0 for t in range(terms)])
        for i, c in enumerate(course_docs)
    ]
    return StandardDoc(
        major_code="0203",
        major_name="数控加工",
        level="technician",
        title="数控加工专业（预备技师）工学一体化课程标准（基准测试）",
        version_label="2026版",
        effective_term="2026-2027学年第一学期",
        training_goals=_text("培养目标", 4),
        course_plan=plan,
        course_norms=_text("课程规范", 3),
        implementation_advice=_text("实施建议", 6),
        assessment_and_evaluation=_text("考核与评价", 4),
        typical_work_tasks=[
            TypicalWorkTaskDoc(f"T{c.code[-2:]}", f"{c.name}典型工作任务", _paragraph(c.name, 1)) for c in course_docs
        ],
        courses=course_docs,
    )


# ---------------------------------------------------------------------------
# Page estimate
# ---------------------------------------------------------------------------


def _text_width(text: str) -> float:
    """Width in “Chinese characters”: ASCII counts half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def _lines(text: str, chars_per_line: float, indent: float = 0.0) -> int:
    return max(1, math.ceil((_text_width(text) + indent) / max(chars_per_line, 1)))


def estimate_pages(data: bytes) -> float:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    word = Document(io.BytesIO(data))
    height = 0.0
    body_chars = TEXT_WIDTH_PT / 12
    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            style = block.style.name
            if style in STYLE_HEIGHTS_PT:
                height += STYLE_HEIGHTS_PT[style] * _lines(block.text, TEXT_WIDTH_PT / 12)
            else:
                height += BODY_LINE_PT * _lines(block.text, body_chars, indent=2)
        elif isinstance(block, Table):
            height += _table_height(block)
    return height / TEXT_HEIGHT_PT


def _table_height(table) -> float:
    height = 0.0
    for row in table.rows:
        tallest = 1
        for cell in row.cells:
            width_pt = (cell.width.pt if cell.width else TEXT_WIDTH_PT / len(row.cells)) - CELL_PADDING_PT
            chars = width_pt / CELL_FONT_PT
            tallest = max(tallest, sum(_lines(p.text, chars) for p in cell.paragraphs))
        height += tallest * CELL_LINE_PT + ROW_BORDER_PT
    return height


def chinese_characters(doc: StandardDoc) -> int:
    def walk(value) -> int:
        if isinstance(value, str):
            return sum(1 for ch in value if "\u4e00" <= ch <= "\u9fff")
        if isinstance(value, dict):
            return sum(walk(v) for v in value.values())
        if isinstance(value, list):
            return sum(walk(v) for v in value)
        if hasattr(value, "__dataclass_fields__"):
            return sum(walk(getattr(value, name)) for name in value.__dataclass_fields__)
        return 0

    return walk(doc)


# ---------------------------------------------------------------------------
# Measurement
# ---------------------------------------------------------------------------


def _timed(function, *args, repeat: int = 3):
    best = math.inf
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - started)
    return result, best


def _peak_python_memory(function, *args) -> int:
    tracemalloc.start()
    try:
        function(*args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _maxrss_mb() -> float:
    """resource.getrusage maxrss of this process (Linux keeps it across exec)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def _proc_status_mb(field_name: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak_rss() -> bool:
    """Reset the kernel's resident-set high-water mark (Linux ≥ 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


def _phase_in_fresh_process(phase: str, courses: int, tasks: int, data: bytes, queue) -> None:
    """Child process: resident memory before one phase and its peak during it."""
    doc = large_standard(courses, tasks)
    export_standard(large_standard(1, 1))  # load python-docx and its template first
    if _reset_peak_rss() and _proc_status_mb("VmRSS") is not None:
        before, peak = _proc_status_mb("VmRSS"), lambda: _proc_status_mb("VmHWM")
    else:
        before, peak = _maxrss_mb(), _maxrss_mb
    if phase == "export":
        export_standard(doc)
    else:
        import_standard(data, "benchmark.docx")
    queue.put((before, peak()))


def _maxrss_of_phase(phase: str, courses: int, tasks: int, data: bytes) -> tuple[float, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_phase_in_fresh_process, args=(phase, courses, tasks, data, queue))
    process.start()
    result = queue.get(timeout=120)
    process.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="工学一体化课程标准 DOCX 导出/导入基准测试")
    parser.add_argument("--courses", type=int, default=16)
    parser.add_argument("--tasks", type=int, default=5, help="learning tasks per course")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per phase (best is reported)")
    args = parser.parse_args(argv)

    doc = large_standard(args.courses, args.tasks)
    assert doc.structure_problems() == [], doc.structure_problems()
    data, export_seconds = _timed(export_standard, doc, repeat=args.repeat)
    result, import_seconds = _timed(import_standard, data, "benchmark.docx", repeat=args.repeat)
    export_peak = _peak_python_memory(export_standard, doc)
    import_peak = _peak_python_memory(import_standard, data, "benchmark.docx")
    export_rss = _maxrss_of_phase("export", args.courses, args.tasks, data)
    import_rss = _maxrss_of_phase("import", args.courses, args.tasks, data)

    round_trip_ok = result.document == doc
    pages = estimate_pages(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        main_part = archive.getinfo("word/document.xml")
    info = result.package

    print("工学一体化课程标准 DOCX 基准测试")
    print(
        f"  课程 {len(doc.courses)} 门，学习任务 {doc.learning_task_count()} 个，"
        f"汉字约 {chinese_characters(doc):,} 个，表格 {info.table_count} 个，段落 {info.paragraph_count:,} 段"
    )
    print(
        f"  文件 {len(data) / 1024:,.0f} KB；word/document.xml 解压后 {main_part.file_size / 1024:,.0f} KB，"
        f"压缩比 {main_part.file_size / main_part.compress_size:.1f}:1"
    )
    print(f"  估算页数（A4，见模块说明）：{pages:.0f} 页；往返一致：{'是' if round_trip_ok else '否'}")
    print()
    header = ("阶段", "耗时 s", "目标 s", "tracemalloc 峰值 MB", "执行前 RSS MB", "峰值 RSS MB", "增量 MB")
    print("  " + " | ".join(header))
    rows = [
        ("导出", export_seconds, export_peak, export_rss),
        ("导入", import_seconds, import_peak, import_rss),
    ]
    for name, seconds, peak, (before, after) in rows:
        cells = (name, f"{seconds:.2f}", f"{TARGET_SECONDS:.1f}", f"{peak / 1024 / 1024:.1f}",
                 f"{before:.1f}", f"{after:.1f}", f"{after - before:.1f}")
        print("  " + " | ".join(cells))
    print(f"  本进程 resource.getrusage maxrss（两阶段各运行 {args.repeat + 1} 次后）：{_maxrss_mb():.1f} MB")
    print(f"  （耗时取 {args.repeat} 次中最快一次；tracemalloc 只统计 Python 分配，不含 lxml 的 C 内存；")
    print("    RSS 在每阶段独立的子进程中测量：加载 python-docx 后清零高水位，再读 VmHWM）")

    ok = round_trip_ok and pages >= MIN_PAGES and max(export_seconds, import_seconds) <= TARGET_SECONDS
    if not ok:
        print("  未达标：需要往返一致、≥100 页且每个方向 ≤5 秒。")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
