#pragma once
// PDFs painted on a second thread while the build goes on: the main thread
// plans, renders and lays out the next meeting's papers while the worker
// paints the last meeting's PDFs. Jobs run one at a time in the order given;
// each returns its bytes and its own messages, which the main thread merges
// in document order, so output and messages are the same as painting in
// turn. A job's exception is thrown again where its result is read.
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>

#include "core/diagnostics.h"

namespace panelpack {

struct PaintResult {
  std::string bytes;
  int pages = 0;
  Diagnostics messages;
};

class PaintQueue {
 public:
  // Without `background`, each job runs when it is given, on the caller's
  // thread: a build with nothing to overlap (one meeting) pays nothing for a
  // second thread, not even the locking it brings to every allocation.
  explicit PaintQueue(bool background);
  ~PaintQueue();  // finishes the jobs given, then stops the worker
  PaintQueue(const PaintQueue&) = delete;
  PaintQueue& operator=(const PaintQueue&) = delete;

  std::shared_future<PaintResult> submit(std::function<PaintResult()> job);

  // The result of a job given to this queue. Rather than sit idle until the
  // worker comes to it, the caller paints the jobs still waiting itself, in
  // order, until its own is done: both threads paint when the main thread
  // has nothing else to do.
  const PaintResult& wait(const std::shared_future<PaintResult>& result);

 private:
  void work();

  std::mutex lock_;
  std::condition_variable ready_;
  std::deque<std::packaged_task<PaintResult()>> jobs_;
  bool stopping_ = false;
  std::thread worker_;  // last: started once the members above exist (if background)
};

}  // namespace panelpack
