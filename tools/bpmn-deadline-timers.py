"""One-off: puts each timed user task of a BPMN file into a subprocess with its deadline timers.

For every user task with camunda:property deadlineStage: a subprocess "SubProcess<Step>" holds a start
event, the task, a terminate end event (the step done ends its reminders and follow-up tasks), three
non-interrupting boundary timers on the task (${deadlineTimers.remindAt/dueAt/veryLateAt(execution)})
and their paths. The diagram makes room with the modeler's "space tool" (everything right of the task
moves right, everything below it moves down) and draws the block in the room made.
"""
import sys
import xml.etree.ElementTree as ET

NS = {
    'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
    'dc': 'http://www.omg.org/spec/DD/20100524/DC',
    'di': 'http://www.omg.org/spec/DD/20100524/DI',
    'camunda': 'http://camunda.org/schema/1.0/bpmn',
    'xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'modeler': 'http://camunda.org/schema/modeler/1.0',
}
for p, u in NS.items():
    ET.register_namespace(p, u)


def q(tag):
    p, t = tag.split(':')
    return '{%s}%s' % (NS[p], t)


W, H = 660, 440
TW = 130


def main(path, extra_stage=None):
    tree = ET.parse(path)
    root = tree.getroot()
    process = root.find(q('bpmn:process'))
    plane = root.find(q('bpmndi:BPMNDiagram')).find(q('bpmndi:BPMNPlane'))
    shapes = {s.get('bpmnElement'): s for s in plane.findall(q('bpmndi:BPMNShape'))}
    edges = {e.get('bpmnElement'): e for e in plane.findall(q('bpmndi:BPMNEdge'))}

    if extra_stage:
        task_id, stage = extra_stage.split('=')
        task = process.find("bpmn:userTask[@id='%s']" % task_id, NS)
        ext = task.find(q('bpmn:extensionElements'))
        props = ET.SubElement(ext, q('camunda:properties'))
        ET.SubElement(props, q('camunda:property'), {'name': 'deadlineStage', 'value': stage})

    timed = []
    for task in process.findall(q('bpmn:userTask')):
        for prop in task.iter(q('camunda:property')):
            if prop.get('name') == 'deadlineStage':
                timed.append(task)
    timed.sort(key=lambda t: -float(bounds(shapes[t.get('id')])['x']))

    rows_with_room = set()
    for task in timed:
        b = bounds(shapes[task.get('id')])
        make_room(plane, task.get('id'), b['x'], b['y'], W - 100, 0 if b['y'] in rows_with_room else H - 120)
        rows_with_room.add(b['y'])
    for task in timed:
        tid = task.get('id')
        b = bounds(shapes[tid])
        x0, y0 = b['x'], b['y']
        step = tid[len('UserTask'):]
        sub_id = 'SubProcess' + step
        bx, by = x0, y0 - 40
        # rewire flows
        for flow in process.findall(q('bpmn:sequenceFlow')):
            if flow.get('targetRef') == tid:
                flow.set('targetRef', sub_id)
                fix_end(edges[flow.get('id')], -1, x0, y0, bx, by)
            if flow.get('sourceRef') == tid:
                flow.set('sourceRef', sub_id)
                fix_end(edges[flow.get('id')], 0, x0, y0, bx, by)
        sub = ET.Element(q('bpmn:subProcess'), {'id': sub_id, 'name': task.get('name') + ' (có thời hạn)'})
        for child in list(task):
            if child.tag in (q('bpmn:incoming'), q('bpmn:outgoing')):
                task.remove(child)
                sub.append(child)
        index = list(process).index(task)
        process.remove(task)
        process.insert(index, sub)
        # existing boundary events on the task now sit on the subprocess
        for boundary in process.findall(q('bpmn:boundaryEvent')):
            if boundary.get('attachedToRef') == tid:
                boundary.set('attachedToRef', sub_id)
                place_boundary(plane, shapes, edges, process, boundary, bx, by)

        def el(tag, attrs, parent=sub):
            return ET.SubElement(parent, q(tag), attrs)

        def flow(fid, src, dst):
            el('bpmn:sequenceFlow', {'id': fid, 'sourceRef': src, 'targetRef': dst})

        start_id, done_id = 'StartEvent%sStarted' % step, 'EndEvent%sDone' % step
        s = el('bpmn:startEvent', {'id': start_id, 'name': 'Bắt đầu tính hạn'})
        ET.SubElement(s, q('bpmn:outgoing')).text = 'SequenceFlowTo' + tid
        for child in list(task):
            pass
        task_copy = task
        for child in list(task_copy):
            if child.tag in (q('bpmn:incoming'), q('bpmn:outgoing')):
                task_copy.remove(child)
        ET.SubElement(task_copy, q('bpmn:incoming')).text = 'SequenceFlowTo' + tid
        ET.SubElement(task_copy, q('bpmn:outgoing')).text = 'SequenceFlow%sDone' % step
        sub.append(task_copy)
        e = el('bpmn:endEvent', {'id': done_id, 'name': 'Bước đã hoàn thành'})
        ET.SubElement(e, q('bpmn:incoming')).text = 'SequenceFlow%sDone' % step
        ET.SubElement(e, q('bpmn:terminateEventDefinition'), {'id': done_id + 'Definition'})

        rows = [
            ('Remind', 'Đến lúc nhắc', 'remindAt', 220, 190,
             [('ServiceTaskSendReminder', 'Nhắc đơn vị đang xử lý', 'sendReminderDelegate', None),
              ('EndEventReminded', 'Đã nhắc', None, None)]),
            ('Escalate', 'Hết hạn', 'dueAt', 175, 290,
             [('ServiceTaskEscalate', 'Báo quá hạn, chuyển cấp trên đôn đốc', 'escalateDelegate', None),
              ('UserTaskFollowUpLate', 'Đôn đốc hồ sơ quá hạn', None, 'escalationUnit'),
              ('EndEventFollowedUp', 'Đã đôn đốc', None, None)]),
            ('VeryLate', 'Quá hạn nghiêm trọng', 'veryLateAt', 130, 390,
             [('ServiceTaskEscalateAgain', 'Báo quá hạn nghiêm trọng lên cấp cao hơn', 'escalateAgainDelegate', None),
              ('UserTaskFollowUpVeryLate', 'Chỉ đạo xử lý hồ sơ quá hạn nghiêm trọng', None, 'secondEscalationUnit'),
              ('EndEventFollowedUpVeryLate', 'Đã chỉ đạo', None, None)]),
        ]
        di = []  # (id, kind, x, y, w, h, label)
        di.append((sub_id, 'sub', bx, by, W, H, None))
        di.append((start_id, 'event', bx + 30, by + 62, 36, 36, (bx + 3, by + 100, 90, 14)))
        di.append((tid, 'task', bx + 110, by + 40, TW, 80, None))
        di.append((done_id, 'event', bx + 322, by + 62, 36, 36, (bx + 295, by + 100, 90, 27)))
        flows = [('SequenceFlowTo' + tid, [(bx + 66, by + 80), (bx + 110, by + 80)]),
                 ('SequenceFlow%sDone' % step, [(bx + 110 + TW, by + 80), (bx + 322, by + 80)])]
        flow('SequenceFlowTo' + tid, start_id, tid)
        flow('SequenceFlow%sDone' % step, tid, done_id)
        for key, name, moment, cx, ry, chain in rows:
            timer_id = 'BoundaryTimer%s%s' % (key, step)
            t = ET.Element(q('bpmn:boundaryEvent'), {'id': timer_id, 'name': name, 'cancelActivity': 'false',
                                                     'attachedToRef': tid})
            ids = [c[0] + step for c in chain]
            ET.SubElement(t, q('bpmn:outgoing')).text = 'SequenceFlowTo' + ids[0]
            ted = ET.SubElement(t, q('bpmn:timerEventDefinition'), {'id': timer_id + 'Definition'})
            td = ET.SubElement(ted, q('bpmn:timeDate'), {q('xsi:type'): 'bpmn:tFormalExpression'})
            td.text = '${deadlineTimers.%s(execution)}' % moment
            sub.append(t)
            di.append((timer_id, 'event', bx + cx - 18, by + 102, 36, 36,
                       (bx + cx + 5, by + ry - 30, 290 - cx - 10, 27)))
            flows.append(('SequenceFlowTo' + ids[0], [(bx + cx, by + 138), (bx + cx, by + ry), (bx + 290, by + ry)]))
            flow('SequenceFlowTo' + ids[0], timer_id, ids[0])
            xs = [290, 440, 592] if len(chain) == 3 else [290, 442]
            for i, (base, cname, delegate, group) in enumerate(chain):
                cid = ids[i]
                if base.startswith('ServiceTask'):
                    node = el('bpmn:serviceTask', {'id': cid, 'name': cname,
                                                  'camunda:delegateExpression': '${%s}' % delegate})
                    node.attrib[q('camunda:delegateExpression')] = node.attrib.pop('camunda:delegateExpression')
                    di.append((cid, 'task', bx + xs[i], by + ry - 40, 100, 80, None))
                elif base.startswith('UserTask'):
                    node = el('bpmn:userTask', {'id': cid, 'name': cname})
                    node.attrib[q('camunda:formRef')] = 'deadline-follow-up'
                    node.attrib[q('camunda:formRefBinding')] = 'latest'
                    node.attrib[q('camunda:candidateGroups')] = '${%s}' % group
                    ext = ET.SubElement(node, q('bpmn:extensionElements'))
                    ET.SubElement(ext, q('camunda:taskListener'),
                                  {'delegateExpression': '${followUpTaskListener}', 'event': 'create'})
                    di.append((cid, 'task', bx + xs[i], by + ry - 40, 100, 80, None))
                else:
                    node = el('bpmn:endEvent', {'id': cid, 'name': cname})
                    di.append((cid, 'event', bx + xs[i], by + ry - 18, 36, 36,
                               (bx + xs[i] - 27, by + ry + 23, 90, 14)))
                if i > 0:
                    ET.SubElement(node, q('bpmn:incoming')).text = 'SequenceFlowTo' + cid
                else:
                    ET.SubElement(node, q('bpmn:incoming')).text = 'SequenceFlowTo' + cid
                if i + 1 < len(chain):
                    ET.SubElement(node, q('bpmn:outgoing')).text = 'SequenceFlowTo' + ids[i + 1]
                    flow('SequenceFlowTo' + ids[i + 1], cid, ids[i + 1])
                    x_end = bx + xs[i] + 100
                    flows.append(('SequenceFlowTo' + ids[i + 1], [(x_end, by + ry), (bx + xs[i + 1], by + ry)]))
        # the task's own DI moves inside; the rest is new
        plane.remove(shapes[tid])
        for (eid, kind, x, y, w, h, label) in di:
            shape = ET.SubElement(plane, q('bpmndi:BPMNShape'), {'id': eid + '_di', 'bpmnElement': eid})
            if kind == 'sub':
                shape.set('isExpanded', 'true')
            ET.SubElement(shape, q('dc:Bounds'), {'x': num(x), 'y': num(y), 'width': num(w), 'height': num(h)})
            if label:
                lab = ET.SubElement(shape, q('bpmndi:BPMNLabel'))
                lx, ly, lw, lh = label
                ET.SubElement(lab, q('dc:Bounds'), {'x': num(lx), 'y': num(ly), 'width': num(lw), 'height': num(lh)})
        for fid, points in flows:
            edge = ET.SubElement(plane, q('bpmndi:BPMNEdge'), {'id': fid + '_di', 'bpmnElement': fid})
            for (px, py) in points:
                ET.SubElement(edge, q('di:waypoint'), {'x': num(px), 'y': num(py)})
        shapes = {s.get('bpmnElement'): s for s in plane.findall(q('bpmndi:BPMNShape'))}
        edges = {e.get('bpmnElement'): e for e in plane.findall(q('bpmndi:BPMNEdge'))}

    # every flow element sits in its own scope: a subprocess keeps its flows inside
    ET.indent(tree, space='  ')
    tree.write(path, encoding='UTF-8', xml_declaration=True)


def bounds(shape):
    b = shape.find(q('dc:Bounds'))
    return {k: float(b.get(k)) for k in ('x', 'y', 'width', 'height')}


def num(v):
    v = float(v)
    return str(int(v)) if v == int(v) else str(v)


def make_room(plane, tid, x0, y0, dx, dy):
    for shape in plane.findall(q('bpmndi:BPMNShape')):
        if shape.get('bpmnElement') == tid:
            continue
        b = shape.find(q('dc:Bounds'))
        x, y = float(b.get('x')), float(b.get('y'))
        sx = dx if x > x0 else 0
        sy = dy if y > y0 + 80 else 0
        b.set('x', num(x + sx))
        b.set('y', num(y + sy))
        lab = shape.find(q('bpmndi:BPMNLabel'))
        if lab is not None:
            lb = lab.find(q('dc:Bounds'))
            lb.set('x', num(float(lb.get('x')) + sx))
            lb.set('y', num(float(lb.get('y')) + sy))
    for edge in plane.findall(q('bpmndi:BPMNEdge')):
        for wp in edge.findall(q('di:waypoint')):
            x, y = float(wp.get('x')), float(wp.get('y'))
            wp.set('x', num(x + (dx if x > x0 else 0)))
            wp.set('y', num(y + (dy if y > y0 + 80 else 0)))
        lab = edge.find(q('bpmndi:BPMNLabel'))
        if lab is not None:
            lb = lab.find(q('dc:Bounds'))
            x, y = float(lb.get('x')), float(lb.get('y'))
            lb.set('x', num(x + (dx if x > x0 else 0)))
            lb.set('y', num(y + (dy if y > y0 + 80 else 0)))


def fix_end(edge, index, x0, y0, bx, by):
    """An end of a flow that touched the task's top or bottom now touches the subprocess's."""
    wps = edge.findall(q('di:waypoint'))
    wp = wps[index]
    y = float(wp.get('y'))
    if y == y0:
        wp.set('y', num(by))
    elif y == y0 + 80:
        wp.set('y', num(by + H))


def place_boundary(plane, shapes, edges, process, boundary, bx, by):
    bid = boundary.get('id')
    cx = bx + W - 20
    b = shapes[bid].find(q('dc:Bounds'))
    b.set('x', num(cx - 18))
    b.set('y', num(by + H - 18))
    lab = shapes[bid].find(q('bpmndi:BPMNLabel'))
    if lab is not None:
        lb = lab.find(q('dc:Bounds'))
        lb.set('x', num(cx + 22))
        lb.set('y', num(by + H + 20))
    for fl in process.findall(q('bpmn:sequenceFlow')):
        if fl.get('sourceRef') == bid:
            target = shapes[fl.get('targetRef')].find(q('dc:Bounds'))
            tx, ty, th = float(target.get('x')), float(target.get('y')), float(target.get('height'))
            edge = edges[fl.get('id')]
            for wp in edge.findall(q('di:waypoint')):
                edge.remove(wp)
            pts = [(cx, by + H + 18), (cx, ty + th / 2), (tx, ty + th / 2)]
            if tx <= cx:
                pts = [(cx, by + H + 18), (cx, ty)]
            for (px, py) in pts:
                ET.SubElement(edge, q('di:waypoint'), {'x': num(px), 'y': num(py)})


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
