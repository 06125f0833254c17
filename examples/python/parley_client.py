#!/usr/bin/python3
"""Parley from Python: ingests one article and runs each typed query.

Uses Debian's python3-grpcio (run it with /usr/bin/python3) and the stubs the
build generates from proto/ into <build>/python (target python_stubs):

  /usr/bin/python3 examples/python/parley_client.py \
      --stubs build/python examples/articles/<some article>.txt

--stubs may be left out when $PARLEY_PYTHON_STUBS names the directory, or
when the build directory is ./build. The services must be running (see the
README); --ingest_addr and --query_addr say where. For services that use TLS,
pass --tls_ca_file (and --tls_cert_file with --tls_key_file for mutual TLS);
the ingest service's token is read from --ingest_token_file or
$PARLEY_INGEST_TOKEN, never from the command line.

Exits with status 1 when a call fails or a query that must find the
article's events finds nothing, so it can serve as a test.
"""

import argparse
import os
import sys


def load_stubs(stubs_dir):
    """Imports the generated modules from stubs_dir; returns them by name."""
    if not os.path.isdir(os.path.join(stubs_dir, "parley", "v1")):
        sys.exit(f"no Parley stubs in {stubs_dir}: build the python_stubs "
                 "target or pass --stubs DIR")
    sys.path.insert(0, stubs_dir)
    import health_pb2
    import health_pb2_grpc
    from parley.v1 import event_pb2
    from parley.v1 import ingest_service_pb2
    from parley.v1 import ingest_service_pb2_grpc
    from parley.v1 import query_service_pb2
    from parley.v1 import query_service_pb2_grpc
    from parley.v1 import types_pb2
    return argparse.Namespace(
        health=health_pb2, health_grpc=health_pb2_grpc, event=event_pb2,
        ingest=ingest_service_pb2, ingest_grpc=ingest_service_pb2_grpc,
        query=query_service_pb2, query_grpc=query_service_pb2_grpc,
        types=types_pb2)


def date_text(date):
    parts = [f"{date.year:04d}", f"{date.month:02d}", f"{date.day:02d}"]
    known = 3 if date.day else 2 if date.month else 1 if date.year else 0
    return "-".join(parts[:known]) or "unknown"


def describe(pb, event):
    kind = pb.event.EventType.Name(event.type).replace("EVENT_TYPE_", "")
    who = ", ".join(p.id for p in event.participants)
    where = f" in {event.location.id}" if event.location.id else ""
    return (f"{date_text(event.date)} {kind.lower()} of {who}{where} "
            f"({len(event.sources)} source(s), id {event.id})")


def read_file(path):
    with open(path, "rb") as f:
        return f.read()


def open_channel(grpc, address, args):
    """A plaintext channel, or a TLS one when any --tls* option is given."""
    if not (args.tls or args.tls_ca_file or args.tls_cert_file
            or args.tls_key_file):
        return grpc.insecure_channel(address)
    if bool(args.tls_cert_file) != bool(args.tls_key_file):
        sys.exit("--tls_cert_file and --tls_key_file go together")
    credentials = grpc.ssl_channel_credentials(
        root_certificates=read_file(args.tls_ca_file)
        if args.tls_ca_file else None,
        private_key=read_file(args.tls_key_file)
        if args.tls_key_file else None,
        certificate_chain=read_file(args.tls_cert_file)
        if args.tls_cert_file else None)
    options = []
    if args.tls_server_name:
        options.append(("grpc.ssl_target_name_override", args.tls_server_name))
    return grpc.secure_channel(address, credentials, options=options)


def ingest_token(path):
    """The ingest token from `path` or $PARLEY_INGEST_TOKEN; None if unset."""
    from_env = os.environ.get("PARLEY_INGEST_TOKEN", "")
    if path and from_env:
        raise ValueError("both --ingest_token_file and $PARLEY_INGEST_TOKEN "
                         "are set; use one of them")
    if path:
        with open(path, encoding="ascii") as f:
            token = f.read().strip()
    else:
        token = from_env.strip()
    if (path or from_env) and not token:
        raise ValueError("the ingest token is empty")
    return token or None


class Checker:
    """Counts queries that should have found something but did not."""

    def __init__(self):
        self.failures = []

    def expect(self, condition, what):
        if not condition:
            self.failures.append(what)
            print(f"  !! {what}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", help="a text file holding one article")
    parser.add_argument("--ingest_addr", default="localhost:50051")
    parser.add_argument("--query_addr", default="localhost:50052")
    parser.add_argument("--stubs", default=os.environ.get(
        "PARLEY_PYTHON_STUBS", "build/python"),
        help="directory of the generated stubs (default $PARLEY_PYTHON_STUBS "
             "or build/python)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds per call")
    parser.add_argument("--tls", action="store_true",
                        help="use TLS (implied by the --tls_* files)")
    parser.add_argument("--tls_ca_file",
                        help="PEM CAs that sign the services' certificates")
    parser.add_argument("--tls_cert_file",
                        help="PEM client certificate, for mutual TLS")
    parser.add_argument("--tls_key_file",
                        help="PEM client private key, for mutual TLS")
    parser.add_argument("--tls_server_name",
                        help="name the services' certificates must carry")
    parser.add_argument("--ingest_token_file",
                        help="file holding the ingest service's token "
                             "(default $PARLEY_INGEST_TOKEN)")
    args = parser.parse_args()

    pb = load_stubs(args.stubs)
    import grpc

    with open(args.article, encoding="utf-8") as f:
        text = f.read()
    try:
        token = ingest_token(args.ingest_token_file)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    # Sent with every ingest-service call when a token is configured.
    auth = (("authorization", f"Bearer {token}"),) if token else None
    ingest_channel = open_channel(grpc, args.ingest_addr, args)
    query_channel = open_channel(grpc, args.query_addr, args)
    ingest = pb.ingest_grpc.IngestServiceStub(ingest_channel)
    query = pb.query_grpc.QueryServiceStub(query_channel)
    timeout = args.timeout
    check = Checker()

    try:
        for name, channel in (("ingest", ingest_channel),
                              ("query", query_channel)):
            health = pb.health_grpc.HealthStub(channel)
            status = health.Check(pb.health.HealthCheckRequest(),
                                  timeout=timeout).status
            print(f"{name} service: "
                  f"{pb.health.HealthCheckResponse.ServingStatus.Name(status)}")
            check.expect(status == pb.health.HealthCheckResponse.SERVING,
                         f"the {name} service is not serving")

        print(f"\nIngestArticle {args.article}")
        ingested = ingest.IngestArticle(
            pb.ingest.IngestArticleRequest(text=text), timeout=timeout,
            metadata=auth)
        print(f"  article {ingested.article_id}, {len(ingested.events)} "
              f"event(s){', already ingested' if ingested.duplicate else ''}")
        for event in ingested.events:
            print(f"  - {describe(pb, event)}")
        for warning in ingested.warnings:
            print(f"  warning: {warning}")
        check.expect(ingested.events, "the article yielded no events")

        article = ingest.GetArticle(
            pb.ingest.GetArticleRequest(article_id=ingested.article_id),
            timeout=timeout, metadata=auth)
        print(f"\nGetArticle: published {date_text(article.published)}, "
              f"{len(article.text)} bytes, {len(article.event_ids)} event id(s)")
        check.expect(article.id == ingested.article_id,
                     "GetArticle returned another article")

        events = list(ingested.events)
        if events:
            first = events[0]
            got = query.GetEvent(pb.query.GetEventRequest(id=first.id),
                                 timeout=timeout)
            print(f"\nGetEvent {first.id}: {describe(pb, got)}")
            for source in got.sources:
                for evidence in source.evidence:
                    print(f"    > {evidence.text}")
            check.expect(got.id == first.id, "GetEvent returned another event")

            actor = first.participants[0] if first.participants else None
            if actor is not None:
                listed = query.ListEvents(
                    pb.query.ListEventsRequest(actor=actor.id, page_size=100),
                    timeout=timeout)
                print(f"\nListEvents actor={actor.id}: "
                      f"{len(listed.events)} event(s)")
                for event in listed.events:
                    print(f"  - {describe(pb, event)}")
                check.expect(any(e.id == first.id for e in listed.events),
                             f"ListEvents for {actor.id} misses {first.id}")

                resolved = query.ResolveActor(
                    pb.query.ResolveActorRequest(name=actor.name or actor.id,
                                                 date=first.date),
                    timeout=timeout)
                print(f"\nResolveActor {actor.name or actor.id!r}: "
                      + ", ".join(a.id for a in resolved.actors))
                check.expect(any(a.id == actor.id for a in resolved.actors),
                             f"ResolveActor does not find {actor.id}")

        meetings = [e for e in events
                    if e.type in (pb.event.EVENT_TYPE_MEETING,
                                  pb.event.EVENT_TYPE_CALL)
                    and len(e.participants) >= 2]
        if meetings:
            meeting = meetings[0]
            a, b = meeting.participants[0], meeting.participants[1]
            listed = query.ListMeetings(
                pb.query.ListMeetingsRequest(actor_a=a.id, actor_b=b.id,
                                             include_calls=True,
                                             include_planned=True),
                timeout=timeout)
            print(f"\nListMeetings {a.id} / {b.id}: "
                  f"{len(listed.events)} event(s)")
            for event in listed.events:
                print(f"  - {describe(pb, event)}")
            check.expect(any(e.id == meeting.id for e in listed.events),
                         f"ListMeetings misses {meeting.id}")

        agreements = query.ListAgreements(
            pb.query.ListAgreementsRequest(page_size=100), timeout=timeout)
        print(f"\nListAgreements: {len(agreements.agreements)} agreement(s)")
        for agreement in agreements.agreements:
            status = pb.event.AgreementStatus.Name(agreement.status)
            print(f"  - {agreement.id}: {agreement.name} "
                  f"[{status.replace('AGREEMENT_STATUS_', '').lower()}]")
        agreement_ids = [e.agreement.id for e in events
                         if e.type == pb.event.EVENT_TYPE_AGREEMENT]
        for agreement_id in agreement_ids:
            check.expect(any(a.id == agreement_id
                             for a in agreements.agreements),
                         f"ListAgreements misses {agreement_id}")
            got = query.GetAgreement(
                pb.query.GetAgreementRequest(id=agreement_id), timeout=timeout)
            print(f"  GetAgreement {agreement_id}: history of "
                  f"{len(got.history)} status(es), "
                  f"{len(got.sources)} source(s)")
            check.expect(got.history, f"{agreement_id} has no history")

        actors = query.ListActors(
            pb.query.ListActorsRequest(kind=pb.types.ACTOR_KIND_COUNTRY,
                                       page_size=5), timeout=timeout)
        print("\nListActors kind=COUNTRY, first page: "
              + ", ".join(a.id for a in actors.actors))
        check.expect(actors.actors, "ListActors returned no country")
    except grpc.RpcError as error:
        print(f"\nerror: {error.code().name}: {error.details()}",
              file=sys.stderr)
        return 1

    if check.failures:
        print(f"\n{len(check.failures)} check(s) failed", file=sys.stderr)
        return 1
    print("\nall queries answered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
