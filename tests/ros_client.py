"""Test helper run by tests/test_deploy.py in its own process (rospy allows one node per
process): publish images to the leanseg node, save the masks it answers with, then publish a
burst faster than the node can segment and record which frames it answered.

    python tests/ros_client.py IMAGES_DIR OUT_DIR IMAGE_TOPIC NODE_NAME
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

from leanseg_runtime.ros_node import import_ros

TIMEOUT_S = 60.0


def _wait(condition, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"ros_client: timed out waiting for {what}")
        time.sleep(0.02)


def main(images_dir: Path, out: Path, image_topic: str, node: str) -> None:
    rospy, ImageMsg, DiagnosticArray, _, _ = import_ros()
    rospy.init_node("leanseg_test_client", disable_signals=True)
    masks: dict[int, object] = {}
    overlays: dict[int, object] = {}
    diagnostics: list[dict[str, str]] = []

    def on_diagnostics(msg) -> None:
        diagnostics.extend(
            {kv.key: kv.value for kv in s.values} for s in msg.status if s.name == node
        )

    mask_sub = rospy.Subscriber(
        f"/{node}/mask", ImageMsg, lambda m: masks.__setitem__(m.header.stamp.to_nsec(), m),
        queue_size=100,
    )  # fmt: skip
    rospy.Subscriber(
        f"/{node}/overlay", ImageMsg,
        lambda m: overlays.__setitem__(m.header.stamp.to_nsec(), m), queue_size=100,
    )  # fmt: skip
    rospy.Subscriber("/diagnostics", DiagnosticArray, on_diagnostics, queue_size=10)
    pub = rospy.Publisher(image_topic, ImageMsg, queue_size=100)
    _wait(lambda: pub.get_num_connections() > 0 and mask_sub.get_num_connections() > 0,
          "the node to connect")  # fmt: skip

    def publish(rgb: np.ndarray, stamp, encoding: str = "rgb8") -> None:
        pixels = rgb[..., ::-1] if encoding == "bgr8" else rgb
        h, w = rgb.shape[:2]
        msg = ImageMsg(height=h, width=w, encoding=encoding, is_bigendian=0, step=w * 3,
                       data=np.ascontiguousarray(pixels).tobytes())  # fmt: skip
        msg.header.stamp = stamp
        msg.header.frame_id = "test_camera"
        pub.publish(msg)

    files = sorted(images_dir.glob("*.jpg")) + sorted(images_dir.glob("*.png"))
    record: dict[str, object] = {"frames": []}
    for i, path in enumerate(files):  # one at a time: every frame is answered
        rgb = np.asarray(Image.open(path).convert("RGB"))
        stamp = rospy.Time(1000 + i)
        publish(rgb, stamp, "bgr8" if i % 2 else "rgb8")
        _wait(lambda s=stamp: s.to_nsec() in masks and s.to_nsec() in overlays, path.name)
        mask = masks[stamp.to_nsec()]
        pixels = np.frombuffer(mask.data, np.uint8).reshape(mask.height, mask.width)
        Image.fromarray(pixels).save(out / f"{path.stem}_label.png")
        record["frames"].append(
            {"image": path.name, "encoding": mask.encoding, "frame_id": mask.header.frame_id,
             "overlay_encoding": overlays[stamp.to_nsec()].encoding}
        )  # fmt: skip
    burst = [rospy.Time(2000 + i) for i in range(10)]
    big = np.asarray(Image.open(files[0]).convert("RGB").resize((640, 480)))
    for stamp in burst:  # faster than the node segments 640x480 frames
        publish(big, stamp)
    _wait(lambda: burst[-1].to_nsec() in masks, "the burst's last frame")
    record["burst_answered"] = [s.to_nsec() in masks for s in burst]
    sent = len(files) + len(burst)
    _wait(lambda: any(int(d["frames_processed"]) + int(d["frames_dropped"]) == sent
                      for d in diagnostics), "diagnostics counting every frame")  # fmt: skip
    record["diagnostics"] = diagnostics[-1]
    (out / "result.json").write_text(json.dumps(record, indent=2))
    rospy.signal_shutdown("done")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4])
