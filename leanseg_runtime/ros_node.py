"""A ROS 1 node: camera images in, class-id masks and colour overlays out, latest image first.

Subscribes to `~image_topic` (sensor_msgs/Image), publishes `~mask` (mono8 class ids) and
`~overlay` (rgb8) with the input's header (frame id and time stamp), and a DiagnosticArray on
`/diagnostics` once a second (median latency, frames processed and dropped). Inference runs in
the main thread on the newest image only: a camera faster than the model loses the frames in
between instead of building a queue, so the masks the robot sees are never stale.

Run by the bundle's `scripts/segment_node` (roslaunch leanseg_bundle segment.launch), or
`python -m leanseg_runtime.ros_node _bundle:=BUNDLE`.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from pathlib import Path

import numpy as np

from leanseg_runtime.bundle import Bundle, load_bundle

# Debian's ROS 1 Python packages live in the system's dist-packages, which a virtual environment
# does not see; it is searched after the environment's own packages.
ROS_DIST_PACKAGES = "/usr/lib/python3/dist-packages"
_CHANNELS = {"rgb8": 3, "bgr8": 3, "rgba8": 4, "bgra8": 4, "mono8": 1}


def import_ros():
    try:
        import rospy
    except ImportError:
        if ROS_DIST_PACKAGES in sys.path or not Path(ROS_DIST_PACKAGES, "rospy").is_dir():
            raise SystemExit(
                "leanseg node: rospy not found (install ROS 1: python3-rospy)"
            ) from None
        sys.path.append(ROS_DIST_PACKAGES)
        import rospy
    from diagnostic_msgs.msg import DiagnosticArray, DiagnosticStatus, KeyValue
    from sensor_msgs.msg import Image

    return rospy, Image, DiagnosticArray, DiagnosticStatus, KeyValue


def image_to_rgb(msg) -> np.ndarray:
    """sensor_msgs/Image -> (H, W, 3) uint8 RGB, honouring the row stride (`step`)."""
    channels = _CHANNELS.get(msg.encoding)
    if channels is None:
        raise ValueError(f"unsupported image encoding {msg.encoding!r} ({', '.join(_CHANNELS)})")
    rows = np.frombuffer(msg.data, np.uint8).reshape(msg.height, msg.step)  # (H, step)
    pixels = rows[:, : msg.width * channels].reshape(msg.height, msg.width, channels)
    if msg.encoding == "mono8":
        return np.repeat(pixels, 3, axis=2)
    rgb = pixels[..., :3]
    return np.ascontiguousarray(rgb[..., ::-1] if msg.encoding.startswith("bgr") else rgb)


class SegmentationNode:
    """Holds the newest image, segments it, publishes the results and the diagnostics."""

    def __init__(self, bundle: Bundle, image_topic: str, mask_topic: str, overlay_topic: str):
        rospy, self._Image, self._Array, self._Status, self._KeyValue = import_ros()
        self.rospy = rospy
        self.bundle = bundle
        self.latest = None
        self.wake = threading.Condition()
        self.processed = self.dropped = 0
        self.latencies: deque[float] = deque(maxlen=100)
        self.mask_pub = rospy.Publisher(mask_topic, self._Image, queue_size=1)
        self.overlay_pub = rospy.Publisher(overlay_topic, self._Image, queue_size=1)
        self.diag_pub = rospy.Publisher("/diagnostics", self._Array, queue_size=1)
        # The callback only swaps one reference, so a short queue costs no staleness, and every
        # frame that arrives is either segmented or counted as dropped.
        rospy.Subscriber(image_topic, self._Image, self._on_image, queue_size=10, buff_size=2**25)
        rospy.Timer(rospy.Duration(1.0), self._publish_diagnostics)

    def _on_image(self, msg) -> None:
        with self.wake:
            if self.latest is not None:
                self.dropped += 1  # never segmented: a newer image arrived first
            self.latest = msg
            self.wake.notify()

    def spin(self) -> None:
        while not self.rospy.is_shutdown():
            with self.wake:
                self.wake.wait_for(lambda: self.latest is not None, timeout=0.2)
                msg, self.latest = self.latest, None
            if msg is not None:
                self._segment(msg)

    def _segment(self, msg) -> None:
        try:
            rgb = image_to_rgb(msg)
        except ValueError as err:
            self.rospy.logwarn_throttle(10, f"leanseg: {err}")
            return
        start = time.perf_counter()
        mask = self.bundle.predict(rgb)
        self.latencies.append((time.perf_counter() - start) * 1000)
        self.processed += 1
        self.mask_pub.publish(self._to_msg(mask, "mono8", msg.header))
        self.overlay_pub.publish(self._to_msg(self.bundle.overlay(rgb, mask), "rgb8", msg.header))

    def _to_msg(self, pixels: np.ndarray, encoding: str, header):
        h, w = pixels.shape[:2]
        step = w * (3 if encoding == "rgb8" else 1)
        return self._Image(header=header, height=h, width=w, encoding=encoding, is_bigendian=0,
                           step=step, data=np.ascontiguousarray(pixels).tobytes())  # fmt: skip

    def _publish_diagnostics(self, _event=None) -> None:
        median = float(np.median(self.latencies)) if self.latencies else float("nan")
        last = self.latencies[-1] if self.latencies else float("nan")
        status = self._Status(
            level=self._Status.OK,
            name="leanseg_segmentation",
            message=f"{median:.1f} ms per frame",
            hardware_id=self.bundle.meta.get("model", "leanseg"),
            values=[
                self._KeyValue("latency_ms_median", f"{median:.2f}"),
                self._KeyValue("latency_ms_last", f"{last:.2f}"),
                self._KeyValue("frames_processed", str(self.processed)),
                self._KeyValue("frames_dropped", str(self.dropped)),
            ],
        )  # fmt: skip
        array = self._Array(status=[status])
        array.header.stamp = self.rospy.Time.now()
        self.diag_pub.publish(array)


def main(default_bundle: Path | None = None) -> int:
    rospy = import_ros()[0]
    rospy.init_node("leanseg_segmentation")
    bundle_dir = rospy.get_param("~bundle", str(default_bundle) if default_bundle else "")
    if not bundle_dir:
        rospy.logfatal("leanseg: set the ~bundle parameter to a bundle folder")
        return 2
    bundle = load_bundle(bundle_dir, threads=rospy.get_param("~threads", 2) or None)
    node = SegmentationNode(
        bundle,
        rospy.get_param("~image_topic", "image"),
        rospy.get_param("~mask_topic", "~mask"),
        rospy.get_param("~overlay_topic", "~overlay"),
    )
    rospy.loginfo(f"leanseg: {bundle.meta['model_file']} from {bundle_dir} ready")
    node.spin()
    return 0


if __name__ == "__main__":
    sys.exit(main())
