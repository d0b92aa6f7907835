/// The one Patient of the export: no name unless the person gives one, and no identifier at all.
enum FHIRPatient {
    /// The resource, named `name` when given.
    static func resource(name: String?) -> JSONValue {
        var members: [(String, JSONValue)] = [("resourceType", .string("Patient"))]
        if let name { members.append(("name", .array([.object([("text", .string(name))])]))) }
        return .object(members)
    }
}
