import SimKernel

extension InstitutionState {
  /// A working day: every active casemanager spends a day's hours on their list.
  mutating func workday(_ out: inout Outbox<Message>) {
    workdayScheduled = false
    let day = out.day
    let budget = parameters.casemanagers.hoursPerWeek / 5
    let measured = parameters.run.measuredWindow.contains(day)
    var anyLeft = false
    var finished: [CaseTask] = []
    for i in casework.casemanagers.indices
    where casework.casemanagers[i].active || casework.casemanagers[i].hasTasks {
      finished.removeAll(keepingCapacity: true)
      casework.casemanagers[i].work(day: day, budget: budget, measured: measured, finished: &finished)
      for task in finished where detainees.contains(task.detainee) {
        // In place: the detainee in the table and the casework are separate values.
        casework.complete(task, &detainees[existing: task.detainee], &out)
      }
      anyLeft = anyLeft || casework.casemanagers[i].hasTasks
    }
    if anyLeft { scheduleWorkday(&out) }
  }

  /// MDO every six weeks while the detainee is inside.
  mutating func scheduleMDO(_ timer: CaseTimer, _ out: inout Outbox<Message>) {
    guard detainees.contains(timer.detainee) else { return }
    let cm = parameters.casemanagers
    casework.addTask(
      .mdo, detainee: timer.detainee, casemanager: timer.casemanager, available: out.day, due: out.day,
      hours: cm.mdoHours)
    if out.day + cm.mdoIntervalDays < timer.releaseDay {
      out.send(.institutionTimer(.mdo(timer)), to: actorID, afterDays: cm.mdoIntervalDays)
    }
    scheduleWorkday(&out)
  }

  /// An agreed case conference (recommendation 5), at the agreed interval.
  mutating func scheduleConference(_ timer: CaseTimer, _ out: inout Outbox<Message>) {
    guard detainees.contains(timer.detainee) else { return }
    let interval = parameters.caseConferences.intervalDays
    casework.addConferenceTask(detainee: timer.detainee, casemanager: timer.casemanager, day: out.day)
    if out.day + interval < timer.releaseDay {
      out.send(.institutionTimer(.conference(timer)), to: actorID, afterDays: interval)
    }
    scheduleWorkday(&out)
  }
}
