#include "pipeline/paint_queue.h"

namespace panelpack {

PaintQueue::PaintQueue(bool background) {
  if (background) worker_ = std::thread([this] { work(); });
}

PaintQueue::~PaintQueue() {
  if (!worker_.joinable()) return;
  {
    std::lock_guard<std::mutex> guard(lock_);
    stopping_ = true;
  }
  ready_.notify_one();
  worker_.join();
}

std::shared_future<PaintResult> PaintQueue::submit(std::function<PaintResult()> job) {
  std::packaged_task<PaintResult()> task(std::move(job));
  std::shared_future<PaintResult> result = task.get_future().share();
  if (!worker_.joinable()) {
    task();
    return result;
  }
  {
    std::lock_guard<std::mutex> guard(lock_);
    jobs_.push_back(std::move(task));
  }
  ready_.notify_one();
  return result;
}

const PaintResult& PaintQueue::wait(const std::shared_future<PaintResult>& result) {
  while (result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    std::packaged_task<PaintResult()> task;
    {
      std::lock_guard<std::mutex> guard(lock_);
      if (!jobs_.empty()) {
        task = std::move(jobs_.front());
        jobs_.pop_front();
      }
    }
    if (!task.valid()) break;  // the worker has every job left, ours among them
    task();
  }
  return result.get();
}

void PaintQueue::work() {
  for (;;) {
    std::packaged_task<PaintResult()> task;
    {
      std::unique_lock<std::mutex> guard(lock_);
      ready_.wait(guard, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // stopping, with nothing left to do
      task = std::move(jobs_.front());
      jobs_.pop_front();
    }
    task();
  }
}

}  // namespace panelpack
