/// The contacts a municipality put off to next week's coordinator hours, in batches of one step.
///
/// Why batches: a contact put off for want of hours is tried again each week until it is made
/// or the detainee leaves. As one timer message each, the retries grew with the queue of waiting
/// contacts, not with the work: at ten times the inflow (the coordinators' hours follow the
/// population, not the inflow) they were 28% of all messages, 150 times the national count.
/// One message per step that put any off, carrying the number of the batch kept here, is
/// delivered where the first of them was and the batch is worked through in the order the
/// contacts were put off; a step's messages to one recipient on one day are delivered
/// together, so the order of work is exactly that of one message each.
struct PutOffContacts: Sendable {
  /// A contact put off: the detainee and the casemanager to contact.
  struct Contact: Sendable, Equatable {
    let detainee: DetaineeID
    let casemanager: Int
  }

  /// The batches not yet due, by number; the numbers rise in the order they were put off.
  private var batches: [Int: [Contact]] = [:]
  private var nextBatch = 0
  /// The batch the current step adds to (nil: it has put none off yet).
  private var open: Int?

  init() {}

  /// Batches not yet due (for the tests).
  var pendingBatches: Int { batches.count }

  /// A new step: what it puts off goes into a batch of its own.
  mutating func beginStep() { open = nil }

  /// Puts a contact off; returns the number of a new batch, for which the caller sends the one
  /// timer, or nil when it joins this step's batch.
  mutating func add(_ detainee: DetaineeID, casemanager: Int) -> Int? {
    let contact = Contact(detainee: detainee, casemanager: casemanager)
    if let open {
      batches[open]!.append(contact)
      return nil
    }
    let batch = nextBatch
    nextBatch += 1
    batches[batch] = [contact]
    open = batch
    return batch
  }

  /// The contacts of a batch that is due, in the order they were put off; the batch goes.
  mutating func take(_ batch: Int) -> [Contact] {
    guard let contacts = batches.removeValue(forKey: batch) else {
      preconditionFailure("no batch \(batch) of contacts put off")
    }
    return contacts
  }
}
