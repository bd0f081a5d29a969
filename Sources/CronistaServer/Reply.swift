import Hummingbird

/// A whole response held as bytes: what a read route answers, so that it
/// can be kept in the ``ResponseCache`` and sent again.
struct Reply: ResponseGenerator, Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer

    func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }

    var response: Response {
        Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
