#!/usr/bin/env python3
"""An OpenAI-compatible chat completions server that answers at once, for bench/llm-calls.sh.

Each answer confirms every candidate category, quoting its first rule cue, so the real client, validation and
report path run end to end. Prints the port it listens on, then serves until killed. Appends one line per
request to the file named by argv[1], so the caller can count what was really sent."""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

count_file = sys.argv[1]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        messages = body["messages"]
        request = json.loads(next(m["content"] for m in messages if m["role"] == "user"))
        answer = {"categories": [{
            "code": c["code"], "verdict": "該当", "reason": "義務として求めている",
            "quotes": c["ruleCues"][:1], "direction": "", "alternatives": "", "concerns": "",
            "phase_current": "PHASE1", "phase_target": "PHASE2"} for c in request["candidates"]]}
        content = json.dumps(answer, ensure_ascii=False)
        prompt_chars = sum(len(m["content"]) for m in messages)
        reply = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model", "fake"),
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": prompt_chars, "completion_tokens": len(content),
                           "total_tokens": prompt_chars + len(content)}}
        data = json.dumps(reply, ensure_ascii=False).encode()
        with open(count_file, "a") as f:
            f.write("1\n")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


ThreadingHTTPServer.request_queue_size = 128
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
