class Helper {
    static String help() { return "helper in the unnamed package"; }
}
