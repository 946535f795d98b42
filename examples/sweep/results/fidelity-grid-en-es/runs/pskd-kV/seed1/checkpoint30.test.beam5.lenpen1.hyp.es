Si el botones aggo debería ser un pregado
Incirpes depes depes
no se pudo crear archivo '%s'
El dominio para dominio en o dominio o dominio NLLLLLL
%s no puede ser aplicaciones a una función
se descarta
problema '%s': '%s' a '%s': %s
-n, --quiet, --verbose muestra los espacios de --prepres
no se puede usar la expresión de subtítíía en la expresión
Daseme «s» de nombres «s»
El archivo de solamente cambiado
(unadicitado)
Excioniones de eventos
fichero inesperado `%c' en el tipo predicación
Error al tras %s: %s
plantilla de proceso
validas de firmas de datos
%B: %#Lx: aviso: aviso: símbolo en la sección
no se puede crear el fichero de fichero %s
AARCHARCH en ARCH
Error al iniciar el tipo de %s: «%s»: %s
las referencia de ref «%s» para '%s' no «s»
Mon-honmershers
base de datos %s
No se puede lladano
clase de binario no válido
Por favor por seleccionado de claves: ddiza de claves
--cenacar una rama
Establecer la mientras se han contador de nuevo clúster
CRRS, República de Salta de la líneas Sotiza
Indica si se puedencras las líneas de word
Cashorr la clave de la claves «hhhas»)
La secuencia de killa el servidor X.
Cdrom con Ubuntu 9.10 9 10 10 «Ka»
Tawanano
la opción -s opciones -CTTA||-crrrrubaciones de la opción -nta
No se pudo renombrar un directorio, o un directorio
Nonexistiza la dirección del psalalal
Pamama de Zana
El número de camplas de cabritasticas de la pantalla.
Veweras
Tipo de formato de formato en -mmintizados en -m, -d multipor defecto, -ti, -tizado
el archivo está instalado, pero no soporta instalado
Cololís y pididsos
línea de línea no válida de línea %s
no se admite la cruió todos todos los URLs de cos
Inimiza a :
Aplicación en la salida de INCOOODDG
Sección [%2d] '%s': hash para el índice %zu
No se permite el carácter de caracteres 'cas' en el carácter de 'st'
destino
Cfatizo
core y los longituds en el largo de 32 bits.
sparse: filosiltros se han ser redededados
Se encontró un árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': ALGBO_BRO_BRRO_F, pero sección .etient_A
operandos de tipos no puede ser inferido en el tipo
inicia_pepo: pg_tripo pgpg
no se pudo encontrar el primero GSMTS
Operación: --acac=HSHS con --asistes
leer la ruta de archivos de archivo
no se pudo iniciar %s
No se han usar las líneas de «ar» en el URImk».
Modo de empleo: %s [opciones] [(s)](s)
la opción '-c' requiere un argumento positivo entero positivo
No se reconoce IN_INTT_ONT_ONFI_ONF
No permitir una definición de un nombre de símbolos en el fichero de nombres en -vos con -vos
la opción --no-conflict-dos requieren-sert-inserrciones o --sentes o --sos
clave %s: la clave «%s» firmado %d
el índice de versión %d
Se especificó un protocolo
Francés (al.
Runasecasitas de un ventana
-a, --allall todas las base de datos
<tención de tablas: %ld
El valor de la cacedado para el valores de «s».1».
'%s' existentes'; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Maliza de encabezado de encabezado:
--no-modific-modificados
Estado de elementos en el pololol de la polal
no se pudo actualizar la verifica o HEAD «%s».
-mas-name> Establece el método de tipo 8. -8, 8
<label>
Se esperaba un argumento
Tipo de %s no implementa en el «s»
falló al analizar %s
Max Tax
la instrucción no admite el modo de la dirección
abortando la transacción de abortado
sipizados: %lu
no se admite la orden '%s'
El número de registro a un hijo a una hijo
sipientación de WAL (LSN) %X/%X debe ser mayor que %X
el argumento %s no es un directorio
tipo no reconocido: «%s»
Laspuesta OCSP no es válido
Cdrom con Ubuntu «8».104t»
Marando %s
discrimiminas de cero
El inmediato está fuera de límite para 55555
-fatuxilado no puede ser usar con -arshabiabilita
Mactos depurarizadas del archivo
%s requiere un valor numerado
Lista de la opción XKB
multiple escribir el mismo de registro a registros
%B: número de reubicación %X no válida: %d
Cajuk22
-X, --exclude-format=sororortizas
tipo: %s
diversión de local %s a %s
la clave %s de clave %s no utilizado (%s)
abortó el asignado de lectura
la instrucción requiere un índice
debe ser ejecutar en un sparse-checkoutoutoutout aspamente a través de titamente
el tablespace de tablespaces para %u no se pudo eliminar el tablespace
--stac-size <size> Establece el tamaño de la pila
el índice se deben usar usar el índice des en el índice
atención: %s contiene un puntero
«CCSP» reperdus»
el valor de /timea de límite fuera de rango: «%s»
define un nuevo nuevo operador de una familia
no se admite la sección de sección en %s: %s
Incorasexe_ardartusasasos).
Internalal: error de error de errores: «%s».
Dacción de transferda.
Bulsocers
Aprocesador de documentos
la sección de sección [%uv5]
refshor_option
%s: falta un registro devisiones: %d
Veración: %s
Vietizados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
No se debe contiene un sde un /o entrelas/os/s/s)
Error de SDDD
-, --help[[[[opciones] muestra este repositorio
Verticatados
se utilizado una instrucción para una instrucción
no se puede eliminar el vie de la ca «%s»
la función «%s» debe ser INSERT
Cappando instrucciones o instrucciones
no se pudo analizar la lista RDAT «%s»
valor inválido para la opción '%s': '%s':
Cololcarás de «s» para rellsk»
huse páginas no está soportada en este poforormor
Mizo una expresión YTPCT
No se pudo definir los símbolos en la sección
Define el número máximo de los números de autoridades de trabajo.
Modo de empleo: %s [OPCIÓN]... [N] [NCCRO] o bien: %s...
deser_limita
el archivo «%s» contiene una cadena no contiene un LLL en la cadena %s
el cliente no válida
carácter inválido
Establece Establecer PRGO como un enlace de enlace
@%s de reubicación no es un reubicación.
Generar mensajes mensajes
%s: esperaba un directorio desconocido
(fixfixfixación y conflicto "git reva "git")
redo no es redo
CPPPizado (comprimido con comprimido)
las funciones de agregación no pueden usar un argumento de argumento %d
%s necesito un parámetro
Debutilización de la sección de la sección .bxtallallallado; sebb_bbos en la sección .bido
Dirección de la tabla:
Usadus (Piza, NUL)
El cambios al repositorio
<uno>
--entry escentry <nombre> como de caracteres DLLLLL
cambia la definición de un texto de búsqueda en texto
no se pudo iniciar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplicar cambios de scintrodado por commit
Los valores son son son "%s" y «%d.
no se encontró ningúns
Tamaño de objetos
Menso de nivel de nivel 55s
ATENCIÓN: la clave es una clave de confianza con ! con !
Los tamaños de pg_datadata no coincidenlas o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de la pantalla
LDAPA «%s» no existe
no se puede cambiar el tipo de datos de valor de omisión
Tempo de memoria al asignar de asignar '%s'
El primer primero de la ruta dentro del conflicto no estilido
Define la desplazamiento y segmentos de desplazamiento y segmentos de segmentos y segmentos de segmentos
la relación «%s» ya existe en el esquequequeque «%s»
La opción -ls opciones -d está mandadas. El archivos de traduye el nombre del fichero.
No se permiten funciones-nnnnn aplicaciones en la función de travéss
Kurdés (Siaia)
abilios activado
Establecer el tamaño de la tabla de NMUBMERER
Siseza quierdase el directorio de WAL o el directorio «%s».
|dusit-log-logo|ultuls
(nlelen: %u)
ATENCIÓN: permisose en el directorio de permisos en el fichero de entrada '%s'
El Qlllicos
-m[no-[%s] -fisisistén/E
Cahat
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene plusionalsionales para el formato del fichero .sión
Laio
%s: fin de entrada tiene un archivo de entrada
contador no puede especificarse en FETTTTTTTTIITTENESESESESESESESESESI
\pset: la línea de columnas «s» en la línea de «s», «set:
No hay elementos de elementos para este elemento.
-d, --dbname=BDE base de datos para el nombre de datos «%s»)
no se esperaba al menos un contexto de contexto de contexto de contexto
%B: reubicación preclalantentente contratra el símbolo %s
un registro de dirección de destino
El firma es una probido es un FORG.
el ordenamiento «%s» no existe para «%s»
Misteciendo comazar el bulas.
%s MiB es memoria de memoria es %s.
|VUUA||use la clave del pol
cancelado por usuario
Kusenguaje
el word es demasiado grande para word
República de Nónónico
Exciendo el carácter de caracteres de argumento
el nombre simbólico con el valor simbólicos que no pueden ser un `ptiste
-P de la contraseña de la contraseña de registros de registros del servidor
Alemán (Bone, escezar el directorio personal)
puntero de registros de registros
.endient sin un preciente con una directiva .ent
Runditos o pg_pg_backup a pg_backup.
Error de[ar: Error o bien: o bien: %#dux
%s ya explícicitas de nombres son mutus
spipiza en esta instrucción
símbolo%d
-322 crea el fichero de 322 -2 no es creado
OPR_inciones (picosionales)
el modo (%s) no coincide con el modo de %s)
en nombre de nombre de nombre, %.*s: %s
[ARGS...]
no hay sección .dncnado en la sección
Necesita autenticarse para los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <seportizar el árbol de trabajo «s»)
ONES con ONFICTLLLLLL con la tablas que se pueden usar un `ONFIC ONF'
[ pila]
no en las argumentos para el cursor «%s»
Aplicación de símbolos en %s
la columna «%s» son conflictos»
procedado_de_name
%X%P: fallo_hash_hash_hash_lolo: %E
INPINTAA
no puedenn «group» en grupos
%B: utilizar una columna «%s» de la cabecera (%#_#Lx)
se debe especificar la ruta((s) revisar) revisar
%X%P: la sección de sección %s y %s.
(inma de clave %s)
Funcción en esperababa en la crupupto.
--%s toma ningún argumento en el argumento de argumento y argumentos.
Esta orden no está está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar con concul en el modo
conectar a la base de datos «%s»
-h, --humumumano de salida en la salida
se esperaba un mensaje de longitud de mensaje con word
No se encontró instrucción
Runas en modo no ser modo nizada.
las opciones SP: --apuashamushas
Mecera de la definición
.G_OOOO sólo contiene un objetivo DEFAULT
Miana
Francés (Devora)
no se puede utilizar un valor de «acacas» para el valores de datos «pos».
%s: el fichero.
inicia el inicio de inicio en %X/%X (X) %s)
No se encontró ningún encabezado XPM
64-bit SIMDDAMD o coma flotante otrado coma flotante
Tipo de tipirdimizado PAA tizada
la codificación de codificación desconocida
documento de entrada T Tipo de entrada
El omisión para la pantalla
Este husitititita sólo puedenita de versión y la versión y «rasa de versión.
Qualidad:
no se pudo generar un código operacional para operacional para operacional
free: el tamaño de inicio de inicio y el tamaño de diferencias
Establecer la imprepres
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (create)
SH_W_LLY_SRETTUL en lugar de la consulta de tabla («S)
Este etiqueta o perososeguizar los nombres de «s» y «s».
no se puede usar la instrucción con la instrucción
alternativo %s: no puede ser ma materflas: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en «group».
set2 a la rama a trasckzando
Auto de paquetes en el repositorio para el repositorio de tizado.
Resulando el tamaño GIF tiene tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCCRE5 para el ensambla código de destino
%B: no se pudo crear el tamaño de memoria compartida para %#Lx a %#Lx
Falló la generación de la definición de %s
se encontrar la firmas
Necesita autenticarse para quinarááne y lasión de «group».
Tipo de tícción de YMML
Palando fichero '%s'.
Por favor en el número de componente en la componente des:
Sintete no tiene unasión de las siguiente.
República de Guado
Nusewano (Suna 6/7)
definición de mensaje duplicado
Brien paquetes
STC_NO_NOPS (almacena en las + NUP)
Replicación de /endien/endien
Muntuntado como tregables
no se puede obtener el columna %d de columnas en la columna %d
formato inválido
el directorio tiene tipo de entrada %s (0303d 56=0 50 7)
El número máximo para el número devolvient_tornotiment_tient_rese()
%s Exión:
ignorando ref ref refs>
Tinidad ya ya
rango
3 fuera de límite fuera de límite
-f, --duse=ONTL en el campos de la líneas -tiza -v, --s opciones de la opción -dus -f, --s opciones -fus de las opciones -fa la opción -dus opciones -ft, --s -fac, --s opciones -fac, --ftus opciones -ft, --s opciones de los archivosegnegus opciones de la opción -v, --ft, --s opciones son son son son son son muestra la opción -ftus opciones de los opciones -falalalales y --s opciones de los opciones -v, --s opciones -f, --s opciones -ftus opciones -ftizados opciones -v, --s opciones -for defecto estiloc, --s líneas opciones delimites
no se puede verpes
Orderado:
Gustecistente
de_mite
perodicado procedado (pica)
la definición de una lista de columnas no es un nombre de la función como de tipo
anal_fer_referencias en %s para %s
valor de claveso de la clave «%s» en lasinina «%s»
Activartable
Los opciones y la salida de salida:
tablectables
Reservever para los datos (pend)
se hannicación %zu
splitInexcerxexerxistientidad y el valor entre 0.
repsolaza SCRAMs (p)
buc: literal de token de tokens
debe ser dueño de búsqueda de texto %s
%s no se admite el modo MIPS
Error: longitud de la cadena cadena de la cadena no válida.
Anujo y Abudas
sólo se puede combinar un elemento de «S» para el elemento «%s»
-n, --num-nertico PID-portientes - -n, PID, PID, --s en lugar de PID, PID, --s
imagen de «A» ha «n» de imagen
no se pudo encontrar el ID de archivo %d en el archivo debos no pueden ser aplicado en el fichero des des en el fichero des
documento de Pocketado
Secur el fichero meta: %s
No se pudo definir el fichero de configuración %s
se recibió el archivo de datos «%s», el archivo «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error: %d
%s: valor de campos para el campo «%s» no debe ser ser mayor que %d
Susolas
firmas de paquetes
través(s) añas)
Las candidatas quier seguera un refes que no están activado.
se recibió un datos de datos GSSSAPIPS
tiempo
No hay actualizadas que no existente las opciones de fetch %s. Por defecto.
Reteralal
en la definición de el árbol de trabajo '%s', «FF».
las «%s» no puede ser vererto «%s»
No se ha encontrado
No se puede pas/padrrrizar
-E, --enden=coCOENAOOO en la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\ch [-o escribir] [-ne la salida de la salida de la cadenas (no-nta)
Necesita autenticarrse para cargar la función de cargar de cargado.
el array debe ser un array de array debe ser unidimensional
No se exalalal
CKidids
no se admite la entrada de entrada de entrada de entrada
Critados apapadados. Estados que se deben usar la cadenas.
Si debe ser un símbolo o o la función «a».
Ubuntu «2.0tres»
Tipo de protocolo de protocolo no válida.
Indica si se debentipo debe mostrar mostrar las del widget
Capla de CaG
Espro en 4
el longitud .COMMENA) fuera de rango
CT_LT_DTLL (L)
No se pudo socketr el socket de dominio «%s» es demasiado grande)
%s tiene la función %d tiene una columna %s
Mostrar el cardarácar el botón de los botones de cabosión
Si estér la claves nombres de claves de usuario.*s en el ID de usuario.*s de usuario.
Firgún hijo
Runa similado:
No se pudo procesar un procesar
No se puede ejecutar %s (%s)
Necho.
permiso denegado a la tablespace «%s»
no se pudo encontrar el archivos de commits
Error al cargar la icono: %s
FOREACCH
--rolol en el slot de replicación
Campizado de recorrido de índice de índice
Quibente la reset (sión).
Xnecir
Mistente un atributo mal mal mal mal mal mal formado
el fichero '%.250s' está corrupto %d) -d) -d)
Diizo
Tamonmonsonsos
añadir los tamaños de tamaños de tamaños de tamaños
Aplicando: %s.*s
Los valores de pg_pg_control:
*** *** ***
el destino no soporta la opción de «push»
Celís
shell
termina con la entradas de entradas de byte
no se pudo reconoce el directorio de trabajo %s
En la instrucción número %u, se pueden un nombre de campo '%c'.
Sistallados
--no- replicación no puede de replicación en la replicación de replicación
el hijo ya un error al proceso hijo %u
ubicación
No se pudo crear el nombre del directorio.
emplea -mcpu=arm66
error en el archivo de cache '%s' para el archivo %s: %s
tiempo de zaza de marcas fuera de rango
psal_juxuxiscción de %s: %s
-F, --format=MTAATTER ningún fichero `s' (por defecto)
Dabase: %s
fichero regular
Alemán (aduca un graducu)
no se reconoce tabla de la tabla de retorno-o %d: %d
Alto de «st»
Oimanano
Se <%s> ya existe existe existe
%u «0fas».
Bep cuando es una claves es una claves
Modo de empleo: %s......
Mostrar sólo sólo hay símbolos definidos definidos
sipizar todas y toda
No se puede definir el símbolo %s: %s
\guizados por una potencia no es un número de usuario o o otra
forceando NOMBRE como «NOMBRE» para los ficheros
código de uso de 2-66
Replicación de /plicalica
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el servidor «%s»: %s»
no se pudo crear las restricción «%s»
nombre
mostrar la rutas con la rutas
no se reconoce el parámetro de control: «%s»
%P: NOMBRE no debe ser vacío; se permite un como de cadena
el cursor «%s» no soporta una tabla «%s».
Idinta (satinatés, teclas muertas)
no se pudo eliminar 'git '%s'
%s requiere un archivo de base de datos o un archivo de texto.
Vewwe el plan plano
ONONFICLF no está soportado en una tabla «%s»
%s: -Z) requiere Linux el Linux activado
%B: número de reubicación no válido030
el directorio de datos de datos
%s: no se pudo definir el postigosos
No existe la sección de sección de la sección de la sección.
NT_VM_SGSTAMTMAA (poror)
ausente .end para .func
no hay mapeas en la terminal a la terminal de %s [%s] [%s]
Falma
No hay expresión regular
protocolo
Aspapagado
Nones
ONONMIT sólo se puede COMT sólo pueden usar la tablas
no se puede abrir un bfd de bfd en %s
Sabujo
%s: falló
fogurando como una dependencias que no es un Gdkk)
procedido el parámetro de OTUT no se pueden aparecer un valor de tener un valor
eval: máximo se ha leveleval «%s»)
Tabbbujo
[interterterterterizados en la interterada]
Necesita autenticarse para toda.
no se puede copiar un datos de datos para el directorio de datos de datos para %s
No se pudo cargar el archivo de cargar el archivo «%s», no es un archivo «s»
%s prepende en %s
se esperaba un nombre de nombre «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar un índice de índice «%s»
%d bit-graph-graphgraph
emplazacexe la «cleanup»
No se admite ningún no está soportado, dimimimir %s.
la secuencia «%s» sólo sólo es una columnas de columnas
--recenena lafer del fichero después de las páginas de cada ficheros (por defecto)
sennntado
%B(%A): no válida
Este algoritmo en el algoritmo de «groupinginginginging» con lasha de búsqueda.
reserveos («candancand) o el tipo
Aplicación de salida
La columnas de columnas de la columnas de columnas.
-q, --quietquietquietquiet
Tipo de tipo de tipo
Ausenteack para el archivo ET_REL
el sistema es una base de datos
nombre de macro no válido en la ruta de biblioteca: %s
Registro: %s.
no se permite una lista de registros
%s: aviso: falló al obtener la contexto de contexto de seguridad de %s: %s
Paragraph de la cadena de como una cadenas
%s: ABI mientras se enlazar con módulos: %s
Indica si se deben los contenidos de texto existentes
No se admite ningún cha de 5s
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la línea de línea
Exporta dentro de símbolos de tablas
no se pudo escribir al programa: %m
Indica si se deben deben ser un tamaños
Su cambios locales a las siguientes siguientes siguientes siguientesión de commits: %s o nus.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el directorio de las deste no pueden ser asignar los usuarios de usuarios.
changando permiso de permisosa de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: %lu'.
opción inválida «%s» no válida: «%s»
El archivo de claves para la clave «%s» ya en el archivo «%s» ya en el archivo «%s» ya existe en el archivo
no se encontró el nombre «%s»: el nombre «%s» «st» (p»)
-p, --port=ORORO la base de datos de datos (port): «%s»
--exec-tatatas requiere un objeto para este objeto
no se pudo encontrar la variables «%s»
fetch de CRL: '%s' falló: %s
Verificando el usuario de usuario definido definido definido definido por usuarios
`Efs' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla
versión de array: %u
%s: Dirección del nuevo está nuevo
««0» debe ser un «P» de «PR»
sección: 0x: 0x%08x%08x%08x%08x%08x
debe ser perosos
no se pudo definir la configuración
No se puede «indin» para eliminar el servidor del servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento debería un grupo de grupo
Proxyyetura: %s
gusile: '%s'
La tabla %s requiere una expresión
Desistado
no se reconoce un valor de un valor de agregación para una función «%s»
No se pudo abrir la conexión a un submitado: %s
el directorio de datos «%s» tiene dueño
Usicados en lugar.
error al cerrar la definición de la definición para la definición `%s'
el fichero de codificación de datos de endian-endian
Líntar el texto actual en el texto actual
Encación de la SSL de los parámetros DHH.
%s: ICCCA como rutiltilización %s)
define una función de agregación
Sisación de archivos
no hay archivos archivos de índice.
Autos existente la entrada; un nuevo nuevo stash.
Revisandos aplicaciones
el VERSION %d
Indica si la pantalla es un valor es un número de subso, uxentes
%B: fichero mmo inválido: el número de nombre para el número de archivo de usuario %d
No hay claves (Mizananatiza, sin teclas muertas)
no se encontró ningún «%s» en la remomomo '%s'
el servidor de inicio de inicio en la ubicación %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Zizar el nivel de nivel de nivel no es cero, 2
Redizar archivos en el paquete %s (%s) ...
Define la salida del byte.
-m[[[A, --s] -min-logos[rgus «s» para los valores «s»
El firma de clave es una clave.
socket
atención: la línea de línea no es reconocido: %s
República de Gamana
El nombre de cadenas as argumentos que debenuros de argumentos de argumentos y argumentos en el nombre de argumentos.
ausente las aplicaciones (asum)
%F%P: falló bfd_cocoxff_xxxyyy_port_res: %s
sv_fi_ldepura para formato del campo «%s» (s»)
No se ha UID/GID/RE está está disponible en el rango %d) -SI_SY_SY_SI_SY_S)
no se puede ejecutarsecuse ejecutar «ps» «root» «root»
leyendo '%s'
no se pudo renombrar la ca %s a %s
(intertern utilizar git-rebase para git)
La fecha de las con el formato de lasión del INIPICTER -A, muestra el formato del sistema estiltiltiltiltiltilo de CPU y el usuario.
error al establecer el registro de 5
%B(%A+%#Lx): reubicación C++M: %# %# %#Lx no es válida
el símbolo de símbolo «%s» inesperado.*s» no es válido
no se pudo finalizar el archivo «%s» en el archivo «%s»
de orden de fuente %d
Relacción de Acción
valor de config numérico '%s' para '%s' en el submódulo '%s'
desconocida: desconocido
El servidor del servidor HTP de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibió un datos GSSSSAP GSSIPS
No hay reubicación %s
Error al establecer el tipo «%s»: el tipo «%s» pero no se obtuvo el tipo «%s»
segmento de sólo seguizados de junto <fichero> en <fichero>
valor de fracción fuera de rango
No se pudo obtener el fichero de atributo «%s»:%s»
-e --output-utput-name> Genera <nombre>
Escapepe no debe ser un carácter.
`%.*s' ya está definido en la retotototototo
corruptos de lasión de memoria compartidas en %u de memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Excue un argumento como «group». Por favor comando o ARGn», o «n».
debe especificar un lista de la lista de caracteres, o lista de campos, o campos
usando neo
no se pudo interpretar HEAD
no válida de nombres «%s»: se vías» («s»)
problema de inconsistencias en %s:%s
Karo (Bil)
.tatag' en el objetivo
Crurito Color
NE: las opciones de shell puedenursezados porqueque la versión del «s».
Secacción de encabezado %u+++%x%x%x): 0x%x
la opción «push» no debenestablecer el nuevo carácter de líneas de líneas
no se pudo codificar las
No se ha detectó $ $ $%il
--use-asera la columnas de las de lasión de la contraseña. Muestra los usuarios de la contraseña.
Actualizando
-t --premp-fijo <fijo <fijo> Usva el nombre de fichero.
versión de datos
%s: («ererererererer» para «%s».*s»
no se puede reindexar la base de datos y la bases de datos
valor de %ld fuera del byte fuera de rango.
leer el índice de en el índice des en el índice
--war-ccion-cadizar archivos de índice
tamaño .bs tamaño %ld !
Opciones de salida:
%s sólo puede invocar una función en un disparador «ltrltrltrdico
Interminitados
%F%P: la opción de opción %u no reconocido: %s
Por favor con la codificación codificación «pro».
Suita al área de trabajo4
Ansamona de discos Do
no se pudo eliminar un contexto GSAPIPS
%s: autenticación de asignación de memoria
valor de parámetro para el cursor «%s»
Registrozar la cásitas de bannas
AVVegas
identando la extensión de extensión
Aún código de fuente
worora: %s
'--p=RIT_FIPTTTTTTT_APIP]
-a, --text muestra los archivos de texto
Usafazar el repositorio y «facterfafas»
Sección [%2zu] '%s': referencia inválido
-%s opciones -o
la relación «%s» no pueden crear el disparadores
Ins: %d: %d
Malción de encabezado de encabezado: %s
abilica, Taza, zadizado
%B: símbolo de símbolo «%s» no reconocido
%X%P: problema de recorrido de estadísticas %s
número de rónico (%s)
creación del sistema no admite la columna de sistema no está soportado
%s inválido
el algoritmo de fusión seleccionaicación no es válida
extensión 16-bit
proceso hijo conñado con estado de estado %d
PCSCS#
Francés (POOOORORORRO)
# El de la variable de la variable de de la variable de dispersión:
Ubuntu1.04104 «s»
***
%B(%A+%#Lx): la instrucciones Thumb «%#lx
changando versión %s a %s
Direccionamiento de la dirección de posición de posición de GOT, GROAP
<archarche> para el nombre de arquitectura <nombre>
[Errrorr nombre de nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de destino «%s» no es válida (pritamiento de la tabla «%s»)
Si no está permiten especificado, %s.
-no-warn-netintro de los cambios
el «re» no es un directorio %s
nombre locales en el nombre de ténegisténtes de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema.
terminando la conexión debido a la recuperación
[-d ayuda de ayuda] [pattern]
Reportasaguse a <guimiento.
Filución, lue
No se pudo definir la arquitectura.
Listado de acceso
%s: se tranduización de datos `%s' no está disponibles'
Ach:
Su inicio para iniciar el bisect"
tención del checkpoint
Mansión locales de quiquiquiquinus y la imagen
resenenzados que sucizar un modo de cambios y los cambios y el modos
sólo mostrar la etiquetas (pus combinaciones con head con heads)
--flush-neout=MEMEOOUTO cuando cuando se permite más más más más más más más más desezarcedededados de cuando se hanecararararánecar lastetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetentententententes de cuando se ha han los datos de cuando se han los datos de cuando se han aplica aplica aplican los datos de n los datos de cuando se han los datos de cuando se han aplican aplican los datos de cuando se han aplicaciones de necedededededededededededededededededededededizarararararararararararararar
popv_ar_text: no hay contexto
-,4-piviza del socket IP444, -v, -v66
Número de procesa procesar:
.cfi_de_data_data no está soportado para este objetivo
La certificados de certificados de usuario tiene un usuario.
La cadena cadena de cadena no es un DB para un GBuiB
Error al mientras se pudo escribir el archivo.
Montorno es un archivo directamente, pero no existe, pero un cambio
No se puede obtener la biblioteca de función de función
`ppp=64' con un ABI de 32-bit
Tawarita
Para un archivo de nombre de archivo de '-os' con 'ofosofososososososososososososososososososososociposososocipo' utilizaripo para el nombre de 'fo para el nombre de «««««tioso para el nombre de un nombre de 'focioso para el nombre de 'fo para el nombre de órdenes
Mostrar los programas de programas
ID: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Todas la estructuras de paquetes:
usar <n>
Idiomas, (999 (99)
«wpppar={8 está obsoleta para las ARM
mostrar mismo <n> más commit s como como sterteriminada
especificación de popicados que conversión
-mecex=crig=': «%s»
Emilaza de busunas «s/s».
la referencia recursiva a la consulta «%s» no debe aparecer con una restricción
error: formato de f6 6 6
desplazamiento inmediato de desplazamiento de desplazamiento-byte-8
Crientriento:
replalalazar referencia delevel
UMetificación XIL
Número de dirección «%s» está fuera de las %s [%s]
%P: %pB: aviso: aviso: «%mon de %ps»
operando fuera de rango y %lu y %lu y %lu)
DWARA: %s
||Nlazo máximo de la clave de clavesezar la clave
modo de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado grande.
crea el formato de fichero de archivo
tamaño no válido: %s
presentación de PowerPoint00
desplazamiento fuera de rango
IPS
El funasea de trabajo.
Aplicación de enlaces para el valores de reubicación
TRUE en esta «E» asererer»
%s: emulación de la opción de la opción:
El archivo de ubicación del archivo
@ Oplicación:
no se pudo crear la cormashororas: %m
no se puede sobrescribir el directorio de trabajo %s con %s
%s(l): %s%s): %s
Tabuso
Desplaza fuera de rango para hus/mmmva de rango: %ld
ramificación de reubicación (0x%10x%9)
Sele_de_erersera
Indica si se debe debe debe ser mostrarás
La anchura en texto está soportada
Número de multésyysistentes que pueden los subs de subtimitos de subs de subs.
(%s) falló
Se esperaba el atributo «%s».
Susión de?
Rececdicado inválido
Límonmitos
%P: %s: %d
no se puede determinar el corrupto de %s en %s
%s: fichero no válida
el comprimido de datos de datos
no se puede leer %s
ReDATAT_GM_ATTEN_RELOOOT_RELANNDDEN_ATTENTEN_AAAAAAAAA_T_T_TTTTTTT_ANNNNNGGGGGGGGGGGGGGGGGGGGGGGTEN_DDDDDDATTTEN_AMMM_ANNNNCTEN_TEN_DDEN_AMMMMM_A_ANNNNNNNDEN_DDEN_ONONONONONONONTEN_TEN_DDDDEN_AAMMMMTTTTTTTEN_RELEN_RELENTT_AMTTTTTTTTT_REL
una dependencia dependencias sin se puedenudizar una dependencias
sicica
nuevo-branch
Se hajerectado rejerado
No hay mensajes de cambios
%s no admite ningún argumento
no se permiten funciones de función de agregación en una consulta recursivo
versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
OCODA
no se puede asignar un sistema «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación securizado para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros en el parámetro
error al abrir '%s': %s
argumento de argumento %s.
Sollección
No se pudo iniciar el proceso de búsqueda
Calix%x%x
función
Operación de registro.
Alnbabasia (Pi)
Activar corrneras
Por favor en lugar de dominio para este dominio para esta esta clave no es «se».
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Saprtés ltén con ltétrltés
nombre de campo: %.*s
(1) creada todas todas las todas todas
los clústers son son disponibles con este versiones pg_res
Gold
no se puede reordenar un reordenarso de datos
no se puede utilizar con --filtall con --dstd
La base de datos de datos de datos o no está soportado.
no se permite definición de la definición de la función de la función
-z, --sizizongica sólo lectura
%P: argumento de argumento --m-pshizaps)
git tag -v [--format=> <format=nombrenombre>...
atención: no se puede crear el directorio %s
Ubuntu «4.
el tamaño de valor no debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se puede copiar un símbolo de enlace simbólico %s
error al cerrar el elemento de errores: %s
no se pudo obtener el directorio personal aña el archivo de certificado del archivo junto con el servidor.
misepensitados
Objetivo
bancción [%lx:%lx] en una dirección de la dirección (%lx)
punto de compararágars aplicaciones
--pltal-negusales ALLTT en llamadas de cache
Muso superusuario para el método de acceso.
LZZZD
constante de instrucciones de la instrucción
--duzca la imagen de base de datos DLLL
este modo de dirección no es un destino para operando para operando para operando
modo de W
\pset: la líneas dentro de la líneas de la líneas de «s»
Estado
contexto de longitud no válida
Se utiliza la opción de la opción mezación del programa en la ejecución
CFTENT ha caducado por la secuencia ha sido
el tamaño del compresión de paquete es 1BiB
Sección [%2zu] '%s' tiene encabezamiento de sección
removando el archivo temporal «%s»: %s
No se ha seleccionar el modo de K0s)
El archivo de herera destetetentes
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (almacena)
Unlas de tipos (las/us).
%s: no se puede cherry-pick
--if-exist no existe la base de base de base de datos
Subyecto:
generar un fifijo no debe ser vacío
firma
falta el paquete de paquete-index-index
-minstinacion-crón-prrrues de los nombres de <nombre>
Sobretibres
# Implís/rrrrticos: '%s'
destino no válida
Gensos
el punto de punto de %X/%X; se esperaba el punto de un punto %X/%X
Locación del fichero de SSL.
error al crear la sección de la sección: %s
Ancho de la barra de buxientidad en el pellox
Considere %s, usando usando usando seza deseza de %s.
%H: R_FROT_FOTTTLFLF no aplica a instrucciones de instrucción
documento vacío
el desplazamiento debe ser 0 o 06 o 16 o 16
se esperaba un registro
EW acatéér una dirección (s[aqus[rd]]
'%s' no es un nombre de submódulo
la URL (no)
CREATENASTENSII no está implementado
LOOOO
%F%P:%pS una ubicación de bloqueo no es válido para una ubicación de contadores ONITTTITTTTTTTIPS
elimina el árbol de trabajo locales
certificado intermedio
no se reconoce la etiquetas en <papatrón>
instrucción inválido (%d) seleccionado)
Dirección de talliza un «re» («s»), «re», «s».
Utilizo para la ruta de archivo.
Se esperaba laión %s, dual %s.
geocito de ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación del FEETATE-alignedA
El segmento está una tabla %s en %s, pero no tiene contenidos
Incexion «%s» contiene una tabla.
Enaza de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede «usuario»; se puede ejecutar el servidor de %ld)
el número de recuperación_de_de_de no es un número.
%B: código de arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: Esta claves de claves ¡D.
No se admite ningún el objetivo para este objetivo
no se puede crear crear el índice de partición en la tabla «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instalación contiene una columnas «jus» no pueden». «n» en este archivo «s».
método de método: %s
repsonononas no contiene el «S»
el tipo de datos de dominio no debe ser marcado con binario
No se puede parashashashacaciones de !
el tipo de definición de la función %s
Esta analizados de memoria pueden usars de memoria a cada bibus.
resubicación para las violaciones
<schema='%s'%s' en el listar-os> -f' «%s»
Enfar la conexión de la conexión de conexión de conexión abortar
permiso denegado para el permiso para el permiso %s
%s no es un dominio
Crear el tipo de un tipo shell, no puede crear un tipo de la función RET.
No se encontró ningún ficheros de salida: existe existe.
Altativos de discos del indicatior
abirizo, Hizo
Cora versión de Git
El archivo no existe.
especificación_jo_control_control: la línea de líneas
{AAA en «S»
no se pudo borrar el archivo %s
No se pudo borrar %s: %s
genenicados:
Alicacicicicicico ( (-la)
texto de todos los contenido de datos de texto
max_nion_sión: %d
Neja de entrada de entrada
no se pudo tizar el fichero de crrriólos
Los nombres de configuración y «rere» y este mensaje de usuario. Suyyecimitas en este mensaje.
Mostrar Hondujo
¿Dempla?
Error de memoria: falló
Encación de la lista de certificados de revocación.
no se pudo reinar el índice «%s» con índice «%s»
Apo cambiar el índice aj, [ny,%s,%s]??
%s: carácter `%s' no se representar en un byte
requiere consión
Se emplazar se semblazar? (s/N)
(only) creados de bases de datos)
revisando el paquete, vis en el tamaño de llos que no se pueden aplicado con un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño tés que que que que que que vis de un tamaño de un tamaño vis que ca de un tamaño viado
este componente no soporta compresión
la función de agregación en una expresión DITITITININTINININININININ
Idiomas jo
seleccionar ID del usuario
este mensaje no está está definido definido en %s en %s
%d en %s:
falló al inicializar la clave a la clave: %s
se exacto exactamente un archivo de sección de sección y priorrior
desrove una dependencias no está definido definido definido definido
Indica si la clolon la pantalla «to» o 2shh2»
(usa "git-pkk" para patipktiza pas)
3 GD3
%s: no se puede apendr un fichero dependización
Vewiza con DOOTEAD INTEAD no son son instalados.
-ppp establecer el código de ensambla para código 8, 8
operandos de PIC
Aviso: se hanezado en un paspura de través.
longitud no válida: %d
W de solo sólo está definido por un símbolo por símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
EPLPy pulazas
leer pasdes dentro de tientes
parámetro de desconocido .ITITER: %s
Los de salida que se pueden ser escritura %s.
git árbol de trabajo [<opciones>]
no se admite el brocastas
capaz de far.
Error de errorstax: %u:%s
Modo de empleo: %s [-S] [-PCTTTTTER]
No se puede prodizar el archivo de claves de esta clave «%s» («s»).
conversión entre %s y %s no está soportado
El objeto %us tiene versión de versión tiene versión de versión %BIA en la versión %d
Uso para timestamps de archivos (por defecto)
Filló el fichero con el fichero con el fichero '. No se ha ha podos'
-t, --table=NOMBRE restaura la relación (tablece la relación («t»)
número de procesado: %lu
la arquitectura de arquitectura «%s»=%s
error mientras se copia la relación «%s.%s.%s»: encontrada en el archivo «%s»
%s no se ha dado
Los nombres nombres de nombres en directivas
No se pudo obtener con patipros
bfd_fapes: la arquitectura 0x%lx
Este la fecha de `ps`` o bien «s».
La extensión «%s» no es reconocido.
No hay exproyyyxyy
falló al acce %s
no se puede abrir el directorio %s
inbiizada ---push-stst-opopst-stado
Repriierado, o una dirección de registro de registro.
Usestance] [pance]
El archivo de anchura vacíos fuera del hijo en el hijo
No se reconoce un lista de instrucción '%s' para instrucción '%s'
Putica de URI
la ruta de demasiadas (%d, Sard): %s: %s
la clave de servidor de claves: %s
Inforación
Opciones de FTTTTTA: %s
Paracción[%d] = 0x%x%x%x%x%x%x%x%x%x%x.
Define el tamaño de archivo de WAL.
(dexciendo la línea %s): %s
Políticas (usicadicicadicidad): (n)
Compar archivos de archivos en el índice y el índice yas
no se permiten operaciones «grouping» en el grupo de WEEEG
el slot de replicación «%s» está una base de datos
falló al inicializar el nombre '%s' con error «%s»)
| INizar el PIN de la clave para la clave.
esperaba `s', o registrado) «%s» en el registro «%s»
Los listado de paquetes.
no es posible escribir el archivo `%.250s'
Activar klica de ul conpadicados
El carácter que no debe terminado con un número de una instrucción y %u y el números.
El mensaje del commit l debe ser un mensajes:
datos de Unicode no es válido
intentó la sección de coma flotante en la sección absoluta
El valor de la definición de la acción.
no se puedeintegr la cambio local con el cambio %s
Establecer las todas todas aplicaciones del programa en laspendientes en el programa.
Beja; Bitada
operando no es válida
comprobación de comprobación de comprobación no coincide en MID
ADDENSD
Cripritadas en la sección de sección
(ARAMDA) no cada directorio para el 6
intenta iniciar el servidor de destino
audio de audio (P3)
Elami
No se pudo encontrar el paquete %s
Flalas: %s
Cito
se esperaba una lista de commits en lista de commits
editar mensaje de etiqueta de mensajes
No permitir una referencias de un bibliotecas compartidas
Despiz In Infimanampimiento.
Suca un registro de registro.
Para valor de valor «%s» no es válido como firmas (pord)
ERROR: intentó el enlace de enlace a %B con un «BBBBB» diferente diferente
El título de una icono del icono
icono
Oldminico
--quiet solo una ruta es un nombre
tipo no válido «%s»
Error al leer el archivo de archivo de archivo %s: %s
firma
procesar archivo binarios con texto de texto
Serectado Lís
--un no está soportado con --gus con --sosososos
%s: Fimpió la caché «%s»: %d
ROW en la expresión de entrada en %s
El «stililililado
kill] [-s -gn -gus -n | -l)
Aviso: nombres dueño de %s
cancelando el lock debido a la fecha de lock
Mostrar bibliotecas
Dirección .dus solo disponible -ms -mls
El archivo de sistema-only
no se pudo actualizar la arquitectura
El archivo de acceso de acceso en este objeto
operando de rango fuera (%ld) no debe ser entre %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre las entre no soportados
los valor de entrada grande grande: %s
no se pudo crear el socket de tipo de dominio «%s» en el directorio «%s»
Se admite un /res/lo no puede ser un número desión: 0x%lx
Accept duplicado
Cabrintro del primero a la fecha del primer plano
falló al establecer el grupo de grupo
no se puede establecer el establecer el establecer %s
