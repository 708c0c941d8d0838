"""Section titles and labels the exporter writes and the importer reads back."""

TOP_SECTION_TITLES = {
    "major_info": "一、专业信息",
    "training_goals": "二、培养目标",
    "course_plan": "三、课程安排",
    "course_norms": "四、课程规范",
    "typical_work_tasks": "五、典型工作任务",
    "implementation_advice": "六、实施建议",
    "assessment_and_evaluation": "七、考核与评价",
}
COURSE_SUBSECTION_TITLES = {
    "baseline_hours": "基准学时",
    "typical_work_task_codes": "对应典型工作任务",
    "task_description": "典型工作任务描述",
    "work_analysis": "工作内容分析",
    "course_goals": "课程目标",
    "learning_content": "学习内容",
    "learning_tasks": "参考性学习任务",
    "teaching_advice": "教学实施建议",
    "assessment": "教学考核要求",
}
WORK_ANALYSIS_LABELS = {
    "work_objects": "工作对象",
    "tools_materials": "工具、材料、设备与资料",
    "work_methods": "工作方法",
    "labour_organisation": "劳动组织方式",
    "work_requirements": "工作要求",
}
MAJOR_INFO_LABELS = {
    "major_code": "专业编码",
    "major_name": "专业名称",
    "level": "培养层级",
    "version_label": "版本",
    "effective_term": "生效学期",
}
